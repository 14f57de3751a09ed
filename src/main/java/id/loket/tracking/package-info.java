/**
 * The citizen's public status page (issue 15): registration number + the last four digits of the applicant's
 * phone -> the step the application is in, since when, the expected remaining time, what to bring when it was
 * returned, and "siap diambil" with the branch's pickup hours. Nothing else: no name, no NIK. Built on the
 * workflow's {@link id.loket.workflow.TrackingLookup} and the document feature's "KK in force" answer.
 */
package id.loket.tracking;
