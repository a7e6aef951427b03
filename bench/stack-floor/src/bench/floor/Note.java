package bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One row, so the page reads something from the database. */
@Entity
public class Note {

    @Id
    @GeneratedValue
    private Long id;

    private String text;

    protected Note() {
    }

    Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
