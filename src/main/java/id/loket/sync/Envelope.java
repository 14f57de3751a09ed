package id.loket.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event between a branch and the central, as documented in {@code docs/events.md}.
 *
 * @param id         unique event id: the central (and a branch for downstream events) applies an id once
 * @param schema     version of this type's {@code data} layout; a receiver refuses a version it does not know
 * @param type       what changed: {@code application}, {@code step_history}, {@code ticket}, {@code kk_document},
 *                   {@code complaint}, {@code complaint_event}, {@code siak_outage} upstream;
 *                   {@code complaint_decision}, {@code catalog}, {@code kk_serial_block} downstream
 * @param branch     the branch the event comes from (upstream) or is meant for (downstream; {@code *} = all)
 * @param aggregate  the ordering key: the application, complaint or ticket id the change belongs to
 * @param seq        the sender's outbox sequence: increasing per sender, so a receiver keeps the newest snapshot
 *                   of a row even when a retry delivers an older one late
 * @param occurredAt when the change committed at the sender
 * @param data       the payload: for row types the row as it is after the change (column name -> value; UUIDs,
 *                   times as ISO-8601 strings in UTC, dates as yyyy-MM-dd)
 */
public record Envelope(UUID id, int schema, String type, String branch, String aggregate, long seq,
                       Instant occurredAt, Map<String, Object> data) {
}
