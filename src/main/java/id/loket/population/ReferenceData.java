package id.loket.population;

import id.loket.base.Localized;
import id.loket.population.internal.CodeEntry;
import id.loket.population.internal.CodeEntryRepository;
import id.loket.population.internal.Region;
import id.loket.population.internal.RegionRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions (province -> regency/city -> district -> village) and the KK's code lists, for pickers and rules. */
@Service
public class ReferenceData implements FamilyRules.References {

    private final RegionRepository regions;
    private final CodeEntryRepository codes;
    private volatile Map<String, List<Code>> codeLists;

    ReferenceData(RegionRepository regions, CodeEntryRepository codes) {
        this.regions = regions;
        this.codes = codes;
    }

    public record RegionRow(String code, String name, int level) {
    }

    public record Code(String list, String code, Localized label, boolean needsMarriageDate) {
    }

    /** Province to village names of a village code, for headers and the verifier; empty parts when unknown. */
    public record RegionPath(String province, String regency, String district, String village) {
    }

    /** Children of a region (provinces when parent is null) whose name contains the typed text, for pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegionRow> search(String parentCode, String text, int offset, int limit) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        List<Region> found = parentCode == null ? regions.provinces(pattern, Limit.of(offset + limit))
                : regions.children(parentCode, pattern, Limit.of(offset + limit));
        return found.stream().skip(offset).map(r -> new RegionRow(r.code(), r.name(), r.level())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RegionRow> region(String code) {
        return code == null ? Optional.empty()
                : regions.findById(code).map(r -> new RegionRow(r.code(), r.name(), r.level()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RegionPath path(String villageCode) {
        String[] parts = villageCode == null ? new String[0] : villageCode.split("\\.");
        String[] names = new String[4];
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < Math.min(4, parts.length); i++) {
            code.append(i == 0 ? "" : ".").append(parts[i]);
            names[i] = regions.findById(code.toString()).map(Region::name).orElse("");
        }
        return new RegionPath(nz(names[0]), nz(names[1]), nz(names[2]), nz(names[3]));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Code> codes(String list) {
        return codeLists().getOrDefault(list, List.of());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Code> code(String list, String code) {
        return codes(list).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private Map<String, List<Code>> codeLists() {
        Map<String, List<Code>> current = codeLists;
        if (current == null) {
            current = codes.findAll().stream().filter(CodeEntry::active)
                    .sorted(Comparator.comparing(CodeEntry::list).thenComparingInt(CodeEntry::sortOrder))
                    .map(c -> new Code(c.list(), c.code(), new Localized(c.labelId(), c.labelEn()), c.needsMarriageDate()))
                    .collect(Collectors.groupingBy(Code::list, java.util.LinkedHashMap::new, Collectors.toList()));
            codeLists = current;
        }
        return current;
    }

    // FamilyRules.References: used inside the family service's transaction

    @Override
    public boolean regionExists(String code) {
        return code != null && regions.existsById(code);
    }

    @Override
    public boolean codeExists(String list, String code) {
        return code != null && codeLists().getOrDefault(list, List.of()).stream().anyMatch(c -> c.code().equals(code));
    }

    @Override
    public boolean needsMarriageDate(String maritalStatusCode) {
        return codeLists().getOrDefault("MARITAL_STATUS", List.of()).stream()
                .anyMatch(c -> c.code().equals(maritalStatusCode) && c.needsMarriageDate());
    }
}
