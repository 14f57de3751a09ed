/**
 * Step 3, the SIAK check, and working through SIAK outages (issue 5, points 4 and 5).
 *
 * <p>Why a table and a scheduler, not Spring Modulith's event publication registry (as
 * shared/design/offline.md sketches): a lookup must be visible and queryable while it waits (card badges,
 * the guard, "7 pemeriksaan menunggu", attempt counts, its own backoff), and an officer may ask again with
 * another NIK. A row in {@code siak_lookup} is all of that; the registry would hold the same promise but out of
 * reach of queries, with one resubmission schedule for every event type. Exactly-once completion comes from
 * conditional updates: an attempt is claimed ({@code attempts = n -> n + 1}) before SIAK is called, and an
 * answer is written only while the row is still PENDING.
 *
 * <p>SIAK itself is reached through {@code internal.SiakGateway}: an HTTP adapter (RestClient on the JDK
 * client, timeouts from {@code loket.siak.*}) behind a Resilience4j circuit breaker, mapping SIAK's in-band
 * {@code RESPON} errors to outcomes. {@code internal.SiakSimulator} stands in for SIAK in demo and tests.
 */
package id.loket.siak;
