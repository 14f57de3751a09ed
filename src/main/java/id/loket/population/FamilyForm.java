package id.loket.population;

import java.util.List;

/** A family as entered in step 4: the KK header and its members in KK order. */
public record FamilyForm(String kkNumber, String address, String rt, String rw, String villageCode, String postalCode,
                         List<MemberForm> members) {

    public static FamilyForm empty() {
        return new FamilyForm(null, "", "", "", null, "", List.of());
    }
}
