package id.loket.siak;

import java.util.List;

/** A family (KK) as SIAK knows it; villageCode in the dotted form of regions.csv level 4 (32.01.01.1001). */
public record SiakFamily(String kkNumber, String headName, String address, String rt, String rw, String villageCode,
                         String postalCode, List<SiakMember> members) {

    public SiakFamily {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
