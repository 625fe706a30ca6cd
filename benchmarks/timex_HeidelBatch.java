// Runs HeidelTime's standalone API over many documents in ONE JVM (news mode, each its own DCT).
// Usage: java -cp heideltime.jar:. HeidelBatch CONFIG_PROPS MANIFEST OUT_DIR
// MANIFEST: one line per document, "YYYY-MM-DD<TAB>path/to/text.txt" (UTF-8). For each document
// the TimeML output is written to OUT_DIR/<index>.tml; the last line of stdout reports the
// seconds spent in process() over all documents (JVM start and model loading excluded).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        List<String> manifest = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        Path out = Paths.get(args[2]);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        long busy = 0;
        int index = 0;
        for (String line : manifest) {
            if (line.isEmpty()) continue;
            String[] fields = line.split("\t", 2);
            Date dct = iso.parse(fields[0]);
            String text = new String(Files.readAllBytes(Paths.get(fields[1])), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            String timeml = tagger.process(text, dct);
            busy += System.nanoTime() - start;
            Files.write(out.resolve(index + ".tml"), timeml.getBytes(StandardCharsets.UTF_8));
            index++;
        }
        System.out.println("PROCESS_SECONDS " + (busy / 1e9));
    }
}
