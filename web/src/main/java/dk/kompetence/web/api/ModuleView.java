package dk.kompetence.web.api;

import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.AudienceRole;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.catalogue.StrategyTrack;
import dk.kompetence.domain.organisation.InstitutionType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

public record ModuleView(long id, String code, String title, String description, long providerId, String provider,
                         DeliveryFormat format, BigDecimal hours, BigDecimal ects, Integer renewalMonths,
                         Integer mandatoryWithinMonths, boolean approvalRequired, Set<Approach> approaches,
                         Set<AudienceRole> audienceRoles, Set<InstitutionType> institutionTypes, List<String> tracks,
                         List<Long> prerequisiteIds, ModuleStatus status, long version) implements Serializable {

    public static ModuleView of(CourseModule m) {
        return new ModuleView(m.getId(), m.getCode(), m.getTitle(), m.getDescription(), m.getProvider().getId(),
                m.getProvider().getName(), m.getFormat(), m.getHours(), m.getEcts(), m.getRenewalMonths(),
                m.getMandatoryWithinMonths(), m.isApprovalRequired(), new TreeSet<>(m.getApproaches()),
                new TreeSet<>(m.getAudienceRoles()), new TreeSet<>(m.getAudienceInstitutionTypes()),
                m.getTracks().stream().map(StrategyTrack::getName).sorted().toList(),
                m.getPrerequisites().stream().map(CourseModule::getId).sorted().toList(), m.getStatus(), m.getVersion());
    }
}
