/**
 * The satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB No. 14 Tahun 2017; issue 15.4): a one-time,
 * anonymous survey link made when a KK is handed over, the public page ({@code /survei/<token>}) that takes one
 * answer per handover, and the index (IKM, 25-100, grades A-D) per element, branch and period for the Kepala Dinas's
 * dashboard and its periodic PDF report.
 *
 * <p>Anonymity by construction: the token row holds only the token, branch, application type and the day of the
 * handover; an answer holds the same three facts and the nine ratings (plus the optional profile the regulation
 * lists), and no reference to its token. Which application a token belongs to is kept only in memory, for the
 * pickup officer's screen right after the handover ({@code internal.HandoverInvites}). The arithmetic lives in one
 * pure class, {@link id.loket.skm.SkmCalculator}.
 */
package id.loket.skm;
