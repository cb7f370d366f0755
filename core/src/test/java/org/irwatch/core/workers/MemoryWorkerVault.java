package org.irwatch.core.workers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A vault in memory for the service's tests: the same contract, no encryption. */
final class MemoryWorkerVault implements WorkerVault {

    final Map<Long, Worker> workers = new LinkedHashMap<>();
    final Map<Long, WorkerFacets> removed = new LinkedHashMap<>();
    final List<WorkerAudit> audits = new ArrayList<>();
    final List<JobFair> fairs = new ArrayList<>();
    private char[] passphrase;
    private long nextId = 1;

    @Override
    public boolean isSetUp() {
        return passphrase != null;
    }

    @Override
    public Opened setUp(char[] newPassphrase) {
        passphrase = newPassphrase.clone();
        return new Opened(new Store(), new RecoveryKey("RECOVERY-KEY"));
    }

    @Override
    public WorkerStore unlock(char[] given) {
        if (!Arrays.equals(given, passphrase)) {
            throw new WrongPassphraseException("That passphrase does not open the register.");
        }
        return new Store();
    }

    @Override
    public WorkerStore unlockWithRecoveryKey(String recoveryKey) {
        if (!recoveryKey.equals("RECOVERY-KEY")) {
            throw new WrongPassphraseException("That recovery key does not open the register.");
        }
        return new Store();
    }

    @Override
    public List<WorkerFacets> facets() {
        List<WorkerFacets> all = new ArrayList<>(workers.values().stream().map(Worker::facets).toList());
        all.addAll(removed.values());
        return all;
    }

    @Override
    public List<JobFair> fairs() {
        return List.copyOf(fairs);
    }

    @Override
    public JobFair saveFair(JobFair fair) {
        JobFair stored = fair.withId(fairs.size() + 1);
        fairs.add(stored);
        return stored;
    }

    private final class Store implements WorkerStore {

        @Override
        public List<Worker> loadAll() {
            return List.copyOf(workers.values());
        }

        @Override
        public List<Long> insert(List<Worker> newWorkers, WorkerAudit audit) {
            List<Long> ids = new ArrayList<>();
            for (Worker worker : newWorkers) {
                long id = nextId++;
                workers.put(id, worker.withId(id));
                audits.add(audit.forWorker(id));
                ids.add(id);
            }
            return ids;
        }

        @Override
        public void replaceDemo(DemoWorkers demo, WorkerAudit audit) {
            insert(demo.workers(), audit);
        }

        @Override
        public void update(Worker worker, List<StageChange> added, WorkerAudit audit) {
            workers.put(worker.id(), worker);
            audits.add(audit);
        }

        @Override
        public void removePersonal(List<Long> ids, WorkerAudit audit) {
            ids.forEach(id -> {
                WorkerFacets f = workers.remove(id).facets();
                removed.put(id, new WorkerFacets(f.id(), f.councilGss(), f.stage(), f.reason(), f.roles(),
                        f.nationality(), f.sex(), f.source(), f.fairId(), f.registeredOn(), f.stageSince(), true));
            });
            audits.add(audit);
        }

        @Override
        public void merge(Worker kept, long removedId, WorkerAudit audit) {
            workers.put(kept.id(), kept);
            workers.remove(removedId);
            audits.add(audit);
        }

        @Override
        public void record(WorkerAudit audit) {
            audits.add(audit);
        }

        @Override
        public List<WorkerAudit> audit(long workerId) {
            return audits.stream().filter(a -> a.workerId() != null && a.workerId() == workerId).toList();
        }

        @Override
        public List<WorkerAudit> auditAll() {
            return List.copyOf(audits);
        }

        @Override
        public void changePassphrase(char[] newPassphrase) {
            passphrase = newPassphrase.clone();
        }
    }
}
