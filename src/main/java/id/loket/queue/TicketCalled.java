package id.loket.queue;

import java.util.UUID;

/** A number was called (or recalled, or sent to another counter): the TV display announces it. */
public record TicketCalled(UUID ticketId, String branchCode, String number, String counter) {
}
