package org.onestop.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.LifeEvent;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the register's files at start-up. Every entry of every file is checked before anything
 * is written; one wrong entry stops the start-up with its file, line and reason, and nothing of
 * the register is stored. Then, in one transaction: an entry whose content is already the newest
 * version for its service and date is left alone; any other becomes a new version.
 */
@Component
class CatalogLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);
    private static final Actor LOADER = Actor.system("catalog-loader");

    private final RegisterFiles files;
    private final RegisterContexts contexts;
    private final CatalogStore store;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final CatalogProperties properties;
    private final Workflows loaded;
    private final SearchIndex index;

    CatalogLoader(RegisterFiles files, RegisterContexts contexts, CatalogStore store, Catalog catalog,
            TransactionTemplate transaction, CatalogProperties properties, Workflows loaded, SearchIndex index) {
        this.files = files;
        this.contexts = contexts;
        this.store = store;
        this.catalog = catalog;
        this.transaction = transaction;
        this.properties = properties;
        this.loaded = loaded;
        this.index = index;
    }

    @Override
    public void afterPropertiesSet() {
        int published = load(properties.services(), properties.lifeEvents(), properties.workflows());
        log.info("Register loaded: {} new version(s)", published);
    }

    /** Loads these files; returns how many new versions were published. */
    int load(List<String> serviceFiles, String lifeEventsFile, String workflowsFile) {
        Map<String, Workflow> workflows = workflows(workflowsFile);
        RegisterContext context = contexts.with(workflows.keySet());
        List<RegisterFiles.Source> services = files.services(serviceFiles);
        Map<String, RegisterFiles.Source> seen = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (RegisterFiles.Source source : services) {
            try {
                checked.add(new Checked(source, StandardRules.check(source.entry(), context)));
            } catch (DomainException e) {
                throw new ReferenceDataException(source.where(), e.getMessage());
            }
            RegisterFiles.Source earlier = seen.put(source.entry().code() + "@" + source.entry().effectiveFrom(), source);
            if (earlier != null) {
                throw new ReferenceDataException(source.where(), "service " + source.entry().code()
                        + " has a second version effective from " + source.entry().effectiveFrom() + " (the first is at "
                        + earlier.file() + ", line " + earlier.line() + ")");
            }
        }
        Set<String> codes = new HashSet<>();
        services.forEach(s -> codes.add(s.entry().code()));
        List<LifeEvent> events = lifeEvents(lifeEventsFile, codes);
        int published = transaction.execute(status -> {
            store.lock();
            store.replaceWorkflows(List.copyOf(workflows.values()));
            int count = 0;
            for (Checked c : checked) {
                StandardEntry entry = c.source().entry();
                String hash = CatalogStore.hashOf(entry);
                if (!store.latestHash(entry.code(), entry.effectiveFrom()).map(hash::equals).orElse(false)) {
                    store.publish(entry, c.standard(), c.source().file(), LOADER);
                    count++;
                }
            }
            store.replaceLifeEvents(events, catalog.lifeEvents(), LOADER);
            return count;
        });
        loaded.replace(workflows);
        index.changed();
        return published;
    }

    private record Checked(RegisterFiles.Source source, org.onestop.catalog.ServiceStandard standard) {
    }

    private Map<String, Workflow> workflows(String file) {
        Map<String, Workflow> workflows = new java.util.LinkedHashMap<>();
        for (DataFile.Located<WorkflowEntry> w : files.workflows(file)) {
            String where = file + ": line " + w.line();
            try {
                Workflow workflow = WorkflowRules.check(w.value());
                if (workflows.put(workflow.code(), workflow) != null) {
                    throw new IllegalArgumentException("workflow " + workflow.code() + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new ReferenceDataException(where, e.getMessage());
            }
        }
        if (workflows.isEmpty()) {
            throw new ReferenceDataException(file, "lists no workflows");
        }
        return workflows;
    }

    private List<LifeEvent> lifeEvents(String file, Set<String> serviceCodes) {
        List<LifeEvent> events = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DataFile.Located<LifeEventEntry> e : files.lifeEvents(file)) {
            LifeEventEntry entry = e.value();
            String where = file + ": line " + e.line() + " (life event " + entry.code() + ")";
            if (entry.code() == null || !codes.add(entry.code())) {
                throw new ReferenceDataException(where, "a life event needs a code of its own");
            }
            if (entry.name() == null || !entry.name().isComplete() || entry.description() == null
                    || !entry.description().isComplete()) {
                throw new ReferenceDataException(where, "name and description need all of kk, ru and en");
            }
            List<String> services = entry.services() == null ? List.of() : entry.services();
            if (services.isEmpty()) {
                throw new ReferenceDataException(where, "a life event lists at least one service");
            }
            for (String service : services) {
                if (!serviceCodes.contains(service)) {
                    throw new ReferenceDataException(where, "there is no service " + service);
                }
            }
            events.add(new LifeEvent(entry.code(), entry.name(), entry.description(), services));
        }
        return events;
    }
}
