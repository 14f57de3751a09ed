package id.loket.sync.internal;

import java.util.Optional;

/**
 * The central's check of a branch's key (issued by the central's admin on enrollment, stored hashed): every
 * endpoint a branch calls, upstream or downstream, asks here.
 */
public interface BranchCredentials {

    /** The enrolled branch code when {@code key} is that branch's current key; empty otherwise. */
    Optional<String> authenticate(String branchCode, String key);
}
