package id.loket.dashboard;

import id.loket.base.Localized;

/**
 * The step where cards wait longest before someone takes them (highest median waiting time; ties: lowest share of
 * working times within the standard). The dashboard names it in words.
 */
public record Bottleneck(String stepCode, Localized name, int standardMinutes, Spread waiting, Spread working) {
}
