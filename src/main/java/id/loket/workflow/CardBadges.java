package id.loket.workflow;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Lets other features put a short status on board cards ("menunggu SIAK"). Implementations answer for many
 * cards at once (one query per board, not one per card) and return translation keys.
 */
public interface CardBadges {

    Map<UUID, String> badges(Collection<UUID> applicationIds);
}
