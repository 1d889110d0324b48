package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageRow;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whole-municipality coverage exports that run in the background (HR): one step per area, then
 * the municipality's totals, then the file, so the progress is real. The job runs on the
 * server's managed executor, which carries the starting user's identity to it; every step asks
 * the coverage service again as that user. Finished files live in the server's temp directory
 * and are deleted a while after they are done (and all at once when the server starts: the
 * jobs are kept in memory only). Only the HR user who started a job sees it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
@RolesAllowed(CurrentUser.HR)
public class CoverageExports {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public record Status(String id, State state, int percent, String startedBy, LocalDate referenceDate,
                         LocalDateTime startedAt, LocalDateTime finishedAt, String failure) {
    }

    private static final Logger LOG = Logger.getLogger(CoverageExports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    CoverageService coverage;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompetence.exports.keep-minutes", defaultValue = "60")
    long keepMinutes;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private Path directory;

    @PostConstruct
    void prepareDirectory() {
        directory = Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")),
                "kompetence-exports");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for coverage exports at " + directory, e);
        }
        deleteAllFiles();
    }

    /** The jobs live in memory only: their files go with them. */
    @PreDestroy
    void deleteAllFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(CoverageExports::delete);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clear " + directory, e);
        }
    }

    /**
     * Starts an export of every area on the reference date (default today); {@code format} gives
     * the writer for the date.
     */
    public Status start(LocalDate referenceDate, Function<LocalDate, ? extends MunicipalityExportWriter> format) {
        LocalDate day = referenceDate == null ? LocalDate.now(clock) : referenceDate;
        List<Area> areas = organisation.areas();
        Job job = new Job(UUID.randomUUID().toString(), currentUser.name(), day, LocalDateTime.now(clock),
                areas.size() + 2);
        jobs.put(job.id, job);
        executor.execute(() -> run(job, areas, format));
        return job.status();
    }

    public Status status(String id) {
        return own(id).status();
    }

    /** The finished file; refused while the job still runs or when it failed. */
    public Path file(String id) {
        Job job = own(id);
        if (job.state != State.DONE) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Udtrækket er ikke færdigt");
        }
        return job.file;
    }

    @PermitAll
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void removeExpired() {
        LocalDateTime expired = LocalDateTime.now(clock).minus(Duration.ofMinutes(keepMinutes));
        jobs.values().removeIf(job -> {
            boolean old = job.finishedAt != null && job.finishedAt.isBefore(expired);
            if (old && job.file != null) {
                delete(job.file);
            }
            return old;
        });
    }

    private Job own(String id) {
        Job job = jobs.get(id);
        // Someone else's job is answered like a missing one.
        if (job == null || !job.startedBy.equals(currentUser.name())) {
            throw unknown("Udtræk", id).get();
        }
        return job;
    }

    private void run(Job job, List<Area> areas, Function<LocalDate, ? extends MunicipalityExportWriter> format) {
        job.state = State.RUNNING;
        Path part = directory.resolve(job.id + ".part");
        try (MunicipalityExportWriter writer = format.apply(job.referenceDate)) {
            for (Area area : areas) {
                List<CoverageRow> rows = coverage.byInstitutionFor(job.startedBy, job.referenceDate,
                        new CoverageFilter(area.getId(), null, null, null, null));
                writer.area(area.getName(), rows);
                job.stepDone();
            }
            writer.municipality(coverage.municipalityFor(job.startedBy, job.referenceDate, CoverageFilter.everything()));
            job.stepDone();
            try (OutputStream out = Files.newOutputStream(part)) {
                writer.writeTo(out);
            }
            Path file = Files.move(part, directory.resolve(job.id), StandardCopyOption.ATOMIC_MOVE);
            job.done(file, LocalDateTime.now(clock));
            LOG.info(() -> "Coverage export " + job.id + " for " + job.startedBy + " done in "
                    + Duration.between(job.startedAt, job.finishedAt).toMillis() + " ms");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Coverage export " + job.id + " for " + job.startedBy + " failed", e);
        } finally {
            if (job.state != State.DONE) {
                delete(part);
                job.failed("Udtrækket kunne ikke laves; se serverens log.", LocalDateTime.now(clock));
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    /** One export; written by its job's thread, read by status requests. */
    private static final class Job {

        final String id;
        final String startedBy;
        final LocalDate referenceDate;
        final LocalDateTime startedAt;
        final int steps;
        volatile State state = State.QUEUED;
        volatile int stepsDone;
        volatile Path file;
        volatile LocalDateTime finishedAt;
        volatile String failure;

        Job(String id, String startedBy, LocalDate referenceDate, LocalDateTime startedAt, int steps) {
            this.id = id;
            this.startedBy = startedBy;
            this.referenceDate = referenceDate;
            this.startedAt = startedAt;
            this.steps = steps;
        }

        void stepDone() {
            stepsDone++;
        }

        void done(Path written, LocalDateTime at) {
            file = written;
            stepsDone = steps;
            finishedAt = at;
            state = State.DONE;
        }

        void failed(String reason, LocalDateTime at) {
            failure = reason;
            finishedAt = at;
            state = State.FAILED;
        }

        Status status() {
            return new Status(id, state, 100 * stepsDone / steps, startedBy, referenceDate, startedAt, finishedAt,
                    failure);
        }
    }
}
