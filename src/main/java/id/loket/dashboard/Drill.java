package id.loket.dashboard;

/**
 * Which cards a figure stands for, within a filter. {@code stepCode} null where the kind has no step;
 * {@code weekday}/{@code hour} only for ARRIVALS (heat map cell), otherwise -1.
 */
public record Drill(Kind kind, String stepCode, int weekday, int hour) {

    public enum Kind {
        /** visits of the step finished in the period (working time) */
        FINISHED,
        /** finished visits whose working time was over the standard */
        WORK_OVER_STANDARD,
        /** finished visits whose waiting time was over the standard */
        WAIT_OVER_STANDARD,
        /** visits sent back from the step */
        RETURNED,
        /** applications completed (KK handed over), with their lead time */
        COMPLETED,
        /** completed with a lead time over the sum of the standards */
        LEAD_OVER_STANDARD,
        /** cards in the step now */
        IN_STEP_NOW,
        /** cards in the step now for longer than its standard */
        OVER_STANDARD_NOW,
        /** applications whose queue number was taken in that weekday/hour cell */
        ARRIVALS
    }

    public static Drill of(Kind kind, String stepCode) {
        return new Drill(kind, stepCode, -1, -1);
    }
}
