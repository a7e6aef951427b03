package dev.roadmap.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Where maintainers' accounts are kept. */
public interface AccountRepository {

    /** Stores a new account; refuses a user name already taken. */
    void add(Account account);

    Optional<Account> findByUsername(String username);

    /** Every account, by user name. */
    List<Account> findAll();

    boolean isEmpty();
}
