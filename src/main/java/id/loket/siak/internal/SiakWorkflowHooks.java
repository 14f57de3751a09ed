package id.loket.siak.internal;

import id.loket.siak.LookupStatus;
import id.loket.workflow.CardBadges;
import id.loket.workflow.StepGuard;
import id.loket.workflow.StepWork;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the SIAK check plugs into the board: its guard, its card badge and its work screen. */
@Configuration(proxyBeanMethods = false)
class SiakWorkflowHooks {

    static final String GUARD = "siak-verified";

    /** A card leaves SIAK_CHECK only after a completed lookup and the officer's decision. */
    @Bean
    StepGuard siakVerifiedGuard(SiakLookupRepository lookups) {
        return StepGuard.of(GUARD, applicationId -> {
            Optional<SiakLookupEntity> l = lookups.findByApplicationId(applicationId);
            if (l.isEmpty()) {
                return Optional.of("siak.guard.no-lookup");
            }
            if (l.get().status() == LookupStatus.PENDING) {
                return Optional.of("siak.guard.pending");
            }
            return l.get().decision() == null ? Optional.of("siak.guard.undecided") : Optional.empty();
        });
    }

    /** "menunggu SIAK" on every card whose lookup is pending: one query per board. */
    @Bean
    CardBadges siakPendingBadges(SiakLookupRepository lookups) {
        return (Collection<UUID> ids) -> ids.isEmpty() ? Map.of()
                : lookups.pendingAmong(ids).stream().collect(Collectors.toMap(Function.identity(), id -> "siak.badge.pending"));
    }

    @Bean
    StepWork siakCheckWork() {
        return StepWork.at("SIAK_CHECK", "siak/");
    }
}
