package id.loket.siak.internal;

import id.loket.siak.SiakFamily;

/** What one call to SIAK gave: outcomes, not exceptions (SIAK reports its errors inside a 200 answer). */
public sealed interface SiakAnswer {

    /** The person and (as far as SIAK sent them) the family. */
    record Found(SiakFamily family) implements SiakAnswer {
    }

    /** "Data Tidak Ditemukan": SIAK answered, the NIK is not there. Final. */
    record NotFound() implements SiakAnswer {
    }

    /** SIAK refused us (login, IP): final until someone fixes the configuration; errorKey says which. */
    record Refused(String errorKey) implements SiakAnswer {
    }

    /** No usable answer now (timeout, refused connection, 5xx, circuit open, daily quota used up): try later. */
    record Unavailable(String errorKey) implements SiakAnswer {
    }
}
