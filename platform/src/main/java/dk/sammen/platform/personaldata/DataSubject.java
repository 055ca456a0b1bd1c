package dk.sammen.platform.personaldata;

import java.util.UUID;

/**
 * A stored event whose {@link PersonalData} fields belong to one data subject: the key they are
 * encrypted under. For a course's events it is the course (one young person's); erasing a young
 * person erases the keys of all their courses.
 */
public interface DataSubject {

    UUID dataSubject();
}
