package kr.gongyu.http;

/** A console request from someone who is no institution's staff: the API and the pages each answer it with 403. */
public class NotStaff extends RuntimeException {

    public NotStaff() {
        super("Only an institution's staff may do this", null, false, false);
    }
}
