package id.loket.skm.internal;

import id.loket.base.AccountService;
import id.loket.base.BranchTimeZone;
import id.loket.workflow.StepFinished;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the one-time survey token when a KK is handed over ({@link StepFinished} of the last step, published inside
 * the handover's transaction, so the token exists exactly when the handover committed). The token row names no
 * application; which application it was made for is remembered only here, in memory, for the pickup officer's
 * screen that shows the QR code right after the handover (a restart forgets it: the citizen then simply gets no QR).
 */
@Component
public class HandoverInvites {

    /** An invite on the handover screen: the token and the branch it belongs to. */
    public record Invite(String token, String branchCode) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SkmStore store;
    private final AccountService accounts;
    private final Map<UUID, Invite> recent;

    HandoverInvites(SkmStore store, AccountService accounts, SkmProperties properties) {
        this.store = store;
        this.accounts = accounts;
        int max = properties.inviteMemory();
        this.recent = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Invite> eldest) {
                return size() > max;
            }
        };
    }

    @EventListener
    void on(StepFinished finished) {
        if (!finished.completesApplication()) {
            return;
        }
        BranchTimeZone zone = accounts.branch(finished.branchCode()).map(AccountService.BranchRow::timeZone)
                .orElse(BranchTimeZone.WIB);
        LocalDate day = LocalDate.ofInstant(finished.finishedAt(), zone.zoneId());
        String token = newToken();
        store.insertToken(new SkmStore.Token(token, finished.branchCode(), finished.typeCode(), day, false));
        Invite invite = new Invite(token, finished.branchCode());
        UUID application = finished.applicationId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(application, invite);
                }
            });
        } else {
            remember(application, invite);
        }
    }

    private synchronized void remember(UUID application, Invite invite) {
        recent.put(application, invite);
    }

    public synchronized Optional<Invite> invite(UUID application) {
        return Optional.ofNullable(recent.get(application));
    }

    /** 128 random bits, URL-safe (22 characters): not guessable, so the page needs no login. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
