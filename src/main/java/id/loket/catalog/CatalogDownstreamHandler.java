package id.loket.catalog;

import id.loket.sync.DownstreamHandler;
import id.loket.sync.Envelope;
import org.springframework.stereotype.Component;

/** A branch takes the central admin's catalogue (new standards, WIP limits, required documents). */
@Component
class CatalogDownstreamHandler implements DownstreamHandler {

    private final CatalogService catalog;

    CatalogDownstreamHandler(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String type() {
        return CatalogService.DOWNSTREAM_TYPE;
    }

    @Override
    public void apply(Envelope event) {
        if (event.schema() != CatalogService.DOWNSTREAM_SCHEMA) {
            throw new IllegalStateException("catalog schema " + event.schema() + " is newer than this branch");
        }
        catalog.applyFromCentral(event.data());
    }
}
