package id.loket.dashboard;

import java.util.Map;

/** One branch: lead time and, per step code, the share of working times within the standard. */
public record BranchFigures(String branchCode, String branchName, Spread leadTime, Map<String, Double> shareWithinByStep) {
}
