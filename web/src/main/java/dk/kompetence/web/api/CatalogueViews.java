package dk.kompetence.web.api;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.catalogue.ProviderKind;
import dk.kompetence.domain.catalogue.StrategyTrack;
import dk.kompetence.domain.organisation.Area;
import java.util.List;

/** Small reference views: areas, providers, strategy tracks and programmes. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record AreaView(long id, String name) {
        static AreaView of(Area a) {
            return new AreaView(a.getId(), a.getName());
        }
    }

    public record ProviderView(long id, String name, ProviderKind kind) {
        static ProviderView of(Provider p) {
            return new ProviderView(p.getId(), p.getName(), p.getKind());
        }
    }

    public record TrackView(long id, String code, String name) {
        static TrackView of(StrategyTrack t) {
            return new TrackView(t.getId(), t.getCode(), t.getName());
        }
    }

    public record ProgrammeView(long id, String code, String title, String description, List<ModuleRef> modules) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getId(), p.getCode(), p.getTitle(), p.getDescription(),
                    p.getModules().stream().map(ModuleRef::of).toList());
        }
    }

    public record ModuleRef(long id, String code, String title) {
        static ModuleRef of(CourseModule m) {
            return new ModuleRef(m.getId(), m.getCode(), m.getTitle());
        }
    }
}
