package id.loket.workflow;

/** How a visit to a step ended: done (went forward) or returned (sent back, with a reason). */
public enum StepOutcome {
    DONE, RETURNED
}
