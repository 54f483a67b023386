package io.tandem.crm.mon;

import java.util.Optional;

/**
 * A ticket: from the status section's ticket_state, or only named by an rsc_ticket constraint (then
 * revoked).
 *
 * @param lastGranted epoch seconds
 */
public record TicketView(String id, boolean granted, boolean standby, Optional<Long> lastGranted) {
}
