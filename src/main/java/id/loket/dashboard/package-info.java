/**
 * Dashboards of per-step timing against the published service standard (issue 13): the officer's figures on his
 * home page, the Kepala Seksi's {@code /dasbor/seksi}, the Kepala Dinas's {@code /dasbor}.
 *
 * <p>Figures are read from roll-ups that this feature keeps from {@link id.loket.workflow.StepFinished} in the same
 * transaction as the step change (minute histograms per day, branch, step, application type; ADR 008), never from
 * the raw step history, which is only read for the cards behind a figure. Standards come from the catalogue at
 * query time, so an admin's change shows at once. Who may see which branch is decided in one place,
 * {@code DashboardScope}.
 */
package id.loket.dashboard;
