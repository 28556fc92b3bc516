import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Lists what Maven Central would refuse in published POMs: java .ci/PomCheck.java POM...
 * Prints one line a problem ("POM: problem") and exits 1 if there is any.
 */
public class PomCheck {
    private static final String[] REQUIRED = {
        "name", "description", "url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/url", "scm/connection", "issueManagement/url"};

    public static void main(String[] args) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        XPath xpath = XPathFactory.newInstance().newXPath();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            Document pom = factory.newDocumentBuilder().parse(Path.of(arg).toFile());
            for (String element : REQUIRED) {
                String value = xpath.evaluate("/project/" + element, pom).strip();
                if (value.isEmpty()) {
                    problems.add(arg + ": no " + element);
                }
            }
            boolean isParent = "pom".equals(xpath.evaluate("/project/packaging", pom).strip())
                    && ((NodeList) xpath.evaluate("/project/modules", pom, XPathConstants.NODESET)).getLength() > 0;
            if (!isParent && ((NodeList) xpath.evaluate("/project/parent", pom, XPathConstants.NODESET)).getLength() > 0) {
                problems.add(arg + ": the published POM still needs its parent");
            }
            if (!isParent && ((NodeList) xpath.evaluate("/project/build", pom, XPathConstants.NODESET)).getLength() > 0) {
                problems.add(arg + ": the published POM carries build plugins");
            }
            for (String coordinate : new String[] {"groupId", "artifactId", "version"}) {
                String value = xpath.evaluate("/project/" + coordinate, pom).strip();
                if (value.isEmpty() && !coordinate.equals("groupId")) {
                    problems.add(arg + ": no " + coordinate);
                }
            }
        }
        problems.forEach(System.out::println);
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
