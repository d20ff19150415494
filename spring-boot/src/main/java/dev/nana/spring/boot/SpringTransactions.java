package dev.nana.spring.boot;

import dev.nana.kv.ThreadBoundTransactions;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Spring's transactions, as a key-value store sees them: those bound to the calling thread with synchronization. */
final class SpringTransactions implements ThreadBoundTransactions {
    static final SpringTransactions INSTANCE = new SpringTransactions();

    private SpringTransactions() {
    }

    @Override
    public boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    public void afterCompletion(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
