package dev.vitrine.moving.service;

import dev.vitrine.shared.BusinessException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables out of a MySQL dump without a database: what {@code mysqldump}, phpMyAdmin, Navicat and the
 * backups of DedeCMS and PbootCMS write. Only {@code CREATE TABLE} (for its column names) and
 * {@code INSERT INTO t [(columns)] VALUES (…), (…)} are read; every other statement, and comments, are read past.
 * Strings are read with MySQL's escapes ({@code \'}, {@code \n}, {@code ''}…). Read as a stream: a statement of many
 * rows is never held as text.
 */
public final class SqlDump {

    private enum Type {
        WORD,
        NAME,
        STRING,
        SYMBOL,
        END
    }

    private record Token(Type type, String text) {

        boolean is(String symbolOrWord) {
            return (type == Type.SYMBOL || type == Type.WORD) && text.equalsIgnoreCase(symbolOrWord);
        }
    }

    private static final Set<String> NOT_COLUMNS =
            Set.of("PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK");

    private static final String SYMBOLS = "(),;.=";
    private static final String WORD_ENDS = "(),;=`'\"";

    private final Reader in;
    private final String file;
    private int line = 1;
    private int ahead = -2;
    private Token pushed;

    private SqlDump(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /**
     * Reads a dump into {@code tables}.
     *
     * @param file the dump's name, for a message that says where it is damaged
     * @throws BusinessException {@code moving.damaged} with the line where a statement this reads breaks off
     */
    public static void read(InputStream dump, Charset charset, String file, SourceTables tables) {
        try {
            new SqlDump(new BufferedReader(new InputStreamReader(dump, charset), 1 << 16), file).readInto(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a dump's header or its tables say of its encoding: {@code SET NAMES gbk}, {@code CHARSET=utf8mb4}. */
    private static final Pattern DECLARED = Pattern.compile("(?i)(?:SET\\s+NAMES\\s+['\"`]?|CHARSET\\s*=\\s*)(\\w+)");

    /**
     * The text encoding of a dump: the one its header or its first table declares (GBK, GB2312 and latin1 tables
     * holding Chinese are read as GB18030, of which they are part), else UTF-8 when it reads as UTF-8 throughout,
     * else GB18030 (DedeCMS's backup files declare nothing; its GBK edition writes GBK).
     */
    public static Charset charsetOf(InputStream dump) {
        try (InputStream in = dump) {
            byte[] start = in.readNBytes(1 << 16);
            Matcher declared = DECLARED.matcher(new String(start, StandardCharsets.ISO_8859_1));
            if (declared.find()) {
                String name = declared.group(1).toLowerCase(Locale.ROOT);
                return name.startsWith("utf8") ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
            }
            Reader strict = new InputStreamReader(
                    new SequenceInputStream(new ByteArrayInputStream(start), in),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            char[] buffer = new char[1 << 16];
            while (strict.read(buffer) >= 0) {
                // read to the end: any byte that isn't UTF-8 stops it
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readInto(SourceTables tables) throws IOException {
        for (Token token = next(); token.type != Type.END; token = next()) {
            if (token.is("CREATE")) {
                createTable(tables);
            } else if (token.is("INSERT") || token.is("REPLACE")) {
                insert(tables);
            } else {
                skipStatement(token);
            }
        }
    }

    private void createTable(SourceTables tables) throws IOException {
        Token token = next();
        if (!token.is("TABLE")) {
            skipStatement(token);
            return;
        }
        token = next();
        if (token.is("IF")) {
            next(); // NOT
            next(); // EXISTS
            token = next();
        }
        String table = tableName(token);
        expect(next(), "(");
        List<String> columns = new ArrayList<>();
        int depth = 1;
        boolean atStart = true;
        while (depth > 0) {
            token = next();
            if (token.type == Type.END) {
                throw damaged("the table " + table + " breaks off");
            }
            if (atStart && depth == 1) {
                atStart = false;
                if (isName(token)
                        && !(token.type == Type.WORD && NOT_COLUMNS.contains(token.text.toUpperCase(Locale.ROOT)))) {
                    columns.add(token.text);
                }
            }
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (token.is(",") && depth == 1) {
                atStart = true;
            }
        }
        tables.define(table, columns);
        skipStatement(next());
    }

    private void insert(SourceTables tables) throws IOException {
        Token token = next();
        while (token.is("IGNORE") || token.is("LOW_PRIORITY") || token.is("DELAYED") || token.is("HIGH_PRIORITY")) {
            token = next();
        }
        if (!token.is("INTO")) {
            skipStatement(token);
            return;
        }
        String table = tableName(next());
        tables.seen(table);
        token = next();
        List<String> columns = null;
        if (token.is("(")) {
            columns = new ArrayList<>();
            for (token = next(); !token.is(")"); token = next()) {
                if (isName(token)) {
                    columns.add(token.text);
                } else if (!token.is(",")) {
                    throw damaged("the columns of " + table + " break off");
                }
            }
            columns = List.copyOf(columns);
            token = next();
        }
        if (!token.is("VALUES") && !token.is("VALUE")) {
            skipStatement(token);
            return;
        }
        do {
            expect(next(), "(");
            List<String> values = new ArrayList<>();
            token = next();
            while (!token.is(")")) {
                values.add(value(token, table));
                token = next();
                if (token.is(",")) {
                    token = next();
                } else if (!token.is(")")) {
                    throw damaged("a row of " + table + " breaks off near \"" + token.text + "\"");
                }
            }
            tables.add(table, columns, values.toArray(String[]::new));
            token = next();
        } while (token.is(","));
        skipStatement(token);
    }

    private String value(Token token, String table) throws IOException {
        return switch (token.type) {
            case STRING, NAME -> token.text;
            case WORD -> {
                if (token.text.equalsIgnoreCase("NULL")) {
                    yield null;
                }
                if (token.text.matches("_\\w+|[xXbB]")) { // _utf8mb4'…', a hex or bit string: the text after
                    Token string = next();
                    if (string.type != Type.STRING) {
                        throw damaged("a row of " + table + " breaks off near \"" + token.text + "\"");
                    }
                    yield string.text;
                }
                yield token.text;
            }
            default -> throw damaged("a row of " + table + " breaks off near \"" + token.text + "\"");
        };
    }

    private String tableName(Token token) throws IOException {
        if (!isName(token)) {
            throw damaged("a table's name is missing");
        }
        Token after = next();
        if (after.is(".")) { // database.table
            return tableName(next());
        }
        pushed = after;
        return token.type == Type.WORD ? token.text.substring(token.text.lastIndexOf('.') + 1) : token.text;
    }

    /** A name: in backticks (MySQL), in double quotes (SQLite, or MySQL in ANSI mode), or bare. */
    private static boolean isName(Token token) {
        return token.type == Type.NAME || token.type == Type.WORD || token.type == Type.STRING;
    }

    private void skipStatement(Token from) throws IOException {
        for (Token token = from; token.type != Type.END && !token.is(";"); token = next()) {
            // read past
        }
    }

    private void expect(Token token, String symbol) {
        if (!token.is(symbol)) {
            throw damaged("\"" + symbol + "\" expected, \"" + token.text + "\" found");
        }
    }

    private BusinessException damaged(String what) {
        return new BusinessException("moving.damaged", file + ", line " + line + ": " + what);
    }

    private Token next() throws IOException {
        if (pushed != null) {
            Token token = pushed;
            pushed = null;
            return token;
        }
        while (true) {
            int c = read();
            if (c < 0) {
                return new Token(Type.END, "end of file");
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') { // a byte order mark too
                continue;
            }
            if (c == '#' || (c == '-' && peek() == '-')) {
                skipLine();
                continue;
            }
            if (c == '/' && peek() == '*') {
                read();
                skipComment();
                continue;
            }
            if (c == '\'' || c == '"') {
                return new Token(Type.STRING, quoted((char) c));
            }
            if (c == '`') {
                return new Token(Type.NAME, quoted('`'));
            }
            if (SYMBOLS.indexOf(c) >= 0) {
                return new Token(Type.SYMBOL, String.valueOf((char) c));
            }
            StringBuilder word = new StringBuilder().append((char) c);
            // a number's point is part of it (a bare database.table is split where it is named)
            for (int p = peek(); p >= 0 && !Character.isWhitespace(p) && WORD_ENDS.indexOf(p) < 0; p = peek()) {
                word.append((char) read());
            }
            return new Token(Type.WORD, word.toString());
        }
    }

    /** A quoted string or name, after its opening quote: MySQL's backslash escapes, and a doubled quote. */
    private String quoted(char quote) throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                throw damaged("a text breaks off");
            }
            if (c == quote) {
                if (peek() == quote) {
                    text.append((char) read());
                    continue;
                }
                return text.toString();
            }
            if (c == '\\' && quote != '`') {
                int escaped = read();
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case '0' -> text.append('\0');
                    case 'b' -> text.append('\b');
                    case 'Z' -> text.append('\u001a');
                    case '%', '_' -> text.append('\\').append((char) escaped);
                    case -1 -> throw damaged("a text breaks off");
                    default -> text.append((char) escaped);
                }
                continue;
            }
            text.append((char) c);
        }
    }

    private void skipLine() throws IOException {
        for (int c = read(); c >= 0 && c != '\n'; c = read()) {
            // a comment
        }
    }

    private void skipComment() throws IOException {
        int previous = 0;
        for (int c = read(); c >= 0; c = read()) {
            if (previous == '*' && c == '/') {
                return;
            }
            previous = c;
        }
        throw damaged("a comment breaks off");
    }

    private int read() throws IOException {
        int c;
        if (ahead != -2) {
            c = ahead;
            ahead = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (ahead == -2) {
            ahead = in.read();
        }
        return ahead;
    }
}
