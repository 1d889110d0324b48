package dk.kompetence.web.ui.admin;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.BudgetService;
import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.SessionFunding;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.session.SessionStatus;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.SessionView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import dk.kompetence.web.ui.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * HR: all sessions (hold) by module, status and first day, cancelling one (aflysning), and who
 * pays for one (betaler, a named fund) and its fixed cost.
 */
@Named
@ViewScoped
public class SessionsOverview implements Serializable {

    private static final Map<String, String> FUNDING_FIELDS = Map.of("payer", "payer", "fund", "fund",
            "fundNamedExactlyForAFund", "fund", "fixedCost", "fixedCost");

    @Inject
    SessionService sessions;

    @Inject
    CatalogueService catalogue;

    @Inject
    BudgetService budgets;

    @Inject
    Clock clock;

    private List<Option> modules;
    private final PagedRows<SessionView> rows = new PagedRows<>(this::page, "startsOn");

    private Long moduleId;
    private SessionStatus status;
    private LocalDate from;
    private LocalDate to;

    private Long fundingId;
    private long fundingVersion;
    private String fundingCode;
    private Payer payer;
    private String fund;
    private BigDecimal fixedCost;

    @PostConstruct
    void load() {
        from = LocalDate.now(clock);
        modules = catalogue.search(new ModuleSearch(null, null, null, null, null, null, null, null, null, false),
                new PageRequest(0, 200, "title")).items().stream()
                .map(Option::of).toList();
    }

    private Page<SessionView> page(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        return sessions.search(new SessionSearch(moduleId, null, status, from, to, false), request)
                .map(s -> SessionView.of(s, today));
    }

    public void search() {
        PagedRows.firstPage("sessions:table");
    }

    public void cancel(long sessionId) {
        CourseSession cancelled = Messages.attempt(() -> sessions.cancel(sessionId), "sessions", Map.of());
        if (cancelled != null) {
            Messages.info("adminSessions.cancelled", cancelled.getCode());
        }
    }

    public void editFunding(long sessionId) {
        CourseSession session = Messages.attempt(() -> sessions.session(sessionId), "sessions", Map.of());
        if (session == null) {
            return;
        }
        fundingId = session.getId();
        fundingVersion = session.getVersion();
        fundingCode = session.getCode();
        payer = session.getPayer();
        fund = session.getPayerFund();
        fixedCost = session.getFixedCost();
    }

    public void saveFunding() {
        CourseSession funded = Messages.attempt(() -> budgets.fundSession(fundingId, fundingVersion,
                new SessionFunding(payer, blankToNull(fund), fixedCost)), "funding", FUNDING_FIELDS);
        if (funded != null) {
            Messages.info("funding.saved", funded.getCode());
            closeFunding();
        }
    }

    public void closeFunding() {
        fundingId = null;
    }

    public boolean isEditingFunding() {
        return fundingId != null;
    }

    public String getFundingCode() {
        return fundingCode;
    }

    public Payer[] getPayers() {
        return Payer.values();
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public BigDecimal getFixedCost() {
        return fixedCost;
    }

    public void setFixedCost(BigDecimal fixedCost) {
        this.fixedCost = fixedCost;
    }

    /** Cancelling is offered while the session can still be cancelled; the service decides in the end. */
    public boolean cancellable(SessionView session) {
        return session.status() != SessionStatus.CANCELLED && session.status() != SessionStatus.COMPLETED;
    }

    public PagedRows<SessionView> getRows() {
        return rows;
    }

    public List<Option> getModules() {
        return modules;
    }

    /** RUNNING is not stored but read off the dates, so it cannot be searched for. */
    public List<SessionStatus> getStatuses() {
        return Arrays.stream(SessionStatus.values()).filter(s -> s != SessionStatus.RUNNING).toList();
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
