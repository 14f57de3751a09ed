package id.loket.workflow;

/** Where an application stands: in the steps, returned to the applicant, or handed over. */
public enum ApplicationStatus {
    ACTIVE, RETURNED, DONE
}
