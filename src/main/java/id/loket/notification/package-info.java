/**
 * Citizen notifications (issue 15, point 2): "permohonan diterima", "dikembalikan: dokumen kurang", "KK siap
 * diambil" and a complaint's answer, by SMS/WhatsApp.
 *
 * <p>Flow: plain synchronous listeners ({@code internal.NotificationTriggers}) on {@code workflow.ApplicationMoved}
 * and {@code complaint.ComplaintStatusChanged} run inside the transaction that publishes the event and write one
 * {@code notification_message} row (text rendered from the admin's template, an idempotency key that names the
 * occasion, e.g. {@code received:<application>}). {@code internal.Sender} delivers PENDING rows on a schedule,
 * outside any transaction: it claims an attempt with a conditional update, calls {@code internal.NotificationGateway}
 * (HTTP adapter or the in-process simulator, by {@code loket.notification.gateway}), marks SENT only after the
 * gateway took the message, and otherwise backs off exponentially. A dead gateway therefore never blocks a step and
 * never loses a message; a crash between the gateway's yes and the SENT mark causes a resend with the same key,
 * which the gateway (and the simulator) de-duplicates, so the phone gets it once.
 *
 * <p>Why an own table and not Spring Modulith's event publication registry: the registry records that a listener
 * has not yet completed, and resubmits on restart (or when asked) with one schedule for every event type; it has
 * no per-message attempt count, next attempt time or backoff, keeps nothing once completed ({@code
 * completion-mode: delete}), and stores the serialized event, which would put phone numbers into
 * {@code event_publication} (the events stay ids only). The admin page must show what is pending, how often it
 * was tried and what was sent, and a template must be rendered at the moment of the change (what the citizen is
 * told is what happened then). A row per message is all of that, queryable and branch-isolated (ADR 007), and
 * the same pattern as {@code siak_lookup}.
 *
 * <p>Relation to issue 14's {@code sync_outbox}: both are transactional outboxes (row written with the change, a
 * relay delivers later). {@code sync_outbox} carries row snapshots to the central, in order, in batches; a
 * notification goes to another receiver with its own per-message retry, and one refused SMS must not hold up
 * replication (nor the reverse). If the office wants the central to send instead, {@code notification_message}
 * can join the replicated tables and the sender run only where {@code loket.mode=central}.
 */
package id.loket.notification;
