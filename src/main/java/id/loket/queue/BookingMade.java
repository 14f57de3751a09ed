package id.loket.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A citizen booked a queue slot (published in the booking's transaction). The hook for the notice to the
 * citizen (issue 15, notifications): {@code phone} is null when none was given. No name, no NIK.
 */
public record BookingMade(UUID bookingId, String branchCode, String code, String typeCode, LocalDate day,
                          LocalTime slot, Instant slotStart, String phone) {
}
