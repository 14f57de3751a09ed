package id.loket.sync;

import java.util.Map;
import java.util.UUID;

/**
 * The central's log of events for the branches (the way back of issue 14): a feature appends an event in the same
 * transaction as its own change on the central, so the change and its way to the branches commit together. Branches
 * pull it ({@code GET /api/sync/v1/downstream}) and apply each event through the {@link DownstreamHandler} of its type.
 */
public interface DownstreamLog {

    /** Every branch. */
    String ALL_BRANCHES = "*";

    /**
     * Appends one event inside the caller's transaction (required).
     *
     * @param type         {@code complaint_decision}, {@code catalog}, {@code kk_serial_block}
     * @param schema       version of this type's {@code data} layout
     * @param targetBranch the branch it is meant for, or {@link #ALL_BRANCHES}
     * @param aggregate    what it is about (a complaint id, {@code catalog}, a block id)
     * @param data         the payload: JSON values only (strings, numbers, booleans, lists, maps)
     * @return the event id
     */
    UUID append(String type, int schema, String targetBranch, String aggregate, Map<String, Object> data);
}
