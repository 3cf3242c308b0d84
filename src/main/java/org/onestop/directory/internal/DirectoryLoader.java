package org.onestop.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.ReferenceDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the directory files at start-up, before the application serves anyone. Idempotent: a
 * second start with the same files changes no row; an edited file changes exactly what was
 * edited. The whole load is one transaction, under a lock row so that nodes starting together
 * load one after another.
 */
@Component
class DirectoryLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);
    private static final Actor LOADER = Actor.system("directory-loader");

    private final JdbcClient jdbc;
    private final ResourceLoader resources;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DirectoryProperties properties;
    private final AuditJournal journal;
    private final org.springframework.context.ApplicationEventPublisher events;

    DirectoryLoader(JdbcClient jdbc, ResourceLoader resources, TransactionTemplate transaction, Clock clock,
            DirectoryProperties properties, AuditJournal journal,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.journal = journal;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, DirectoryTable.Changes> changes = load(properties.files());
        log.info("Directory loaded from {} file(s): {}", properties.files().size(), changes);
    }

    /** Published after every load, so that readers drop what they kept of the directory. */
    record Loaded() {
    }

    /** Loads the files at these locations; returns what changed, table by table. */
    Map<String, DirectoryTable.Changes> load(List<String> locations) {
        List<DirectoryData.Source> sources = new ArrayList<>();
        for (String location : locations) {
            sources.add(new DirectoryData.Source(location, read(location)));
        }
        DirectoryData data = DirectoryData.of(sources);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, DirectoryTable.Changes> result = transaction.execute(status -> {
            jdbc.sql("SELECT id FROM directory_load_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
            Map<String, DirectoryTable.Changes> changes = new LinkedHashMap<>();
            changes.put("regions", DirectoryTables.REGIONS.synchronise(jdbc, data.regions(), now, audit("region")));
            changes.put("bodies", DirectoryTables.BODIES.synchronise(jdbc, data.bodies(), now, audit("state-body")));
            changes.put("centres", DirectoryTables.CENTRES.synchronise(jdbc, data.centres(), now,
                    audit("service-centre")));
            changes.put("servants", DirectoryTables.SERVANTS.synchronise(jdbc, data.servants(), now,
                    audit("civil-servant")));
            if (changes.values().stream().anyMatch(c -> !c.none())) {
                jdbc.sql("UPDATE directory_load_lock SET loaded_at = :now WHERE id = 1").param("now", now).update();
            }
            return changes;
        });
        events.publishEvent(new Loaded());
        return result;
    }

    /** Each change of a directory record goes into the audit journal, in the load's transaction. */
    private <T> DirectoryTable.Listener<T> audit(String objectType) {
        return (key, before, after) -> journal.append(new AuditRecord(LOADER, objectType, String.valueOf(key),
                "directory." + (before == null ? "loaded" : after == null ? "deactivated" : "changed"), before, after));
    }

    private DirectoryFile read(String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new ReferenceDataException(location, "the file does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            return DataFile.read(in, DirectoryFile.class, location);
        } catch (IOException e) {
            throw new ReferenceDataException(location, "cannot be read: " + e.getMessage(), e);
        }
    }
}
