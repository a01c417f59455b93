package messenger.handlers.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** A message as a document of the search index: nothing stored, the database has the text. */
final class MessageDocuments {

    private MessageDocuments() {
    }

    static Term key(long messageId) {
        return new Term(MessageFields.KEY, Long.toString(messageId));
    }

    static Document of(LogEntries.Row row) {
        Document document = new Document();
        document.add(new StringField(MessageFields.KEY, Long.toString(row.id()), Field.Store.NO));
        document.add(new LongPoint(MessageFields.ID, row.id()));
        document.add(new NumericDocValuesField(MessageFields.ID, row.id()));
        document.add(new LongPoint(MessageFields.CONVERSATION, row.conversation()));
        document.add(new LongPoint(MessageFields.SENDER, row.sender()));
        document.add(new LongPoint(MessageFields.AT, row.at().toEpochMilli()));
        if (row.text() != null) {
            document.add(new TextField(MessageFields.TEXT, row.text(), Field.Store.NO));
        }
        if (row.fileName() != null) {
            document.add(new TextField(MessageFields.FILE, row.fileName(), Field.Store.NO));
        }
        return document;
    }
}
