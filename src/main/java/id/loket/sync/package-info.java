/**
 * The office as a whole (issue 14): what leaves a branch's server for the central, and what comes back.
 *
 * <p>A branch (the default {@link LoketMode}) records every change of a replicated row (applications, step history,
 * tickets, KKs, complaints and their actions, SIAK outages) as an {@link Envelope} in its outbox, in the same
 * transaction as the change; a relay sends the outbox to the central in order, in batches, with retries. The central
 * ({@code loket.mode=central}) ingests idempotently by event id and keeps the same tables as a branch, so its
 * dashboards and timelines read them as they would on a branch. The way back (decisions on escalated complaints,
 * catalogue changes, KK serial blocks) is a downstream stream the branch pulls. ADR 009.
 */
package id.loket.sync;
