package dk.kompetence.web.api;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import java.io.Serializable;

public record InstitutionView(long id, String name, InstitutionType type, long areaId, String area,
                              String institutionNumber, String daycareUnitNumber, String pNumber, String costCentre,
                              boolean approvalRequired, long version) implements Serializable {

    public static InstitutionView of(Institution i) {
        return new InstitutionView(i.getId(), i.getName(), i.getType(), i.getArea().getId(), i.getArea().getName(),
                i.getInstitutionNumber(), i.getDaycareUnitNumber(), i.getPNumber(), i.getCostCentre(),
                i.isApprovalRequired(), i.getVersion());
    }
}
