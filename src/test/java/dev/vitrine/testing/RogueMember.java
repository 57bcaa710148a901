package dev.vitrine.testing;

import com.hazelcast.core.HazelcastInstance;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * An attacker's application on a Payara Micro that got onto a site's data grid (it knew the secret): a POST
 * of {@code message} to {@code /forge} publishes it on the topic Vitrine's instances send their changes on,
 * and answers with the number of members the grid has.
 */
@WebServlet("/forge")
public class RogueMember extends HttpServlet {

    /** The WAR of this servlet alone, written to {@code file}. */
    public static File war(File file) {
        ShrinkWrap.create(WebArchive.class, "rogue.war")
                .addClass(RogueMember.class)
                .as(ZipExporter.class)
                .exportTo(file, true);
        return file;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            HazelcastInstance grid = InitialContext.doLookup("payara/Hazelcast");
            grid.<String>getTopic("vitrine-changes").publish(request.getParameter("message"));
            response.getWriter().print(grid.getCluster().getMembers().size());
        } catch (NamingException e) {
            response.sendError(500, "no data grid here");
        }
    }
}
