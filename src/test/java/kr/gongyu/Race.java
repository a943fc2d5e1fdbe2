package kr.gongyu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Test fixture: clients on threads of their own, released together by a barrier, and what each got. */
public final class Race {

    /** One client's attempt; {@code index} tells the clients apart. */
    public interface Client<T> {
        T attempt(int index) throws Exception;
    }

    private Race() {}

    /** Runs the clients at once and returns their outcomes in the clients' order. */
    public static <T> List<T> run(int clients, Client<T> client) throws Exception {
        var barrier = new CyclicBarrier(clients);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<Future<T>>();
            for (int n = 0; n < clients; n++) {
                var index = n;
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return client.attempt(index);
                }));
            }
            var outcomes = new ArrayList<T>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }
}
