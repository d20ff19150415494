package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Decides, from a statement's syntax tree, which bound parameters to encrypt and which result columns to decrypt,
 * and refuses what cannot work on ciphertext: ranges, ORDER BY, LIKE, functions over an encrypted column, aggregates
 * other than COUNT, equality on a randomized column, a literal where a parameter must carry the value, ciphertext
 * flowing into another column. Names are resolved through aliases, joins, subqueries and CTEs without knowing the
 * schema: only the configured encrypted columns matter, so an unqualified name that might belong to more than one
 * scope is refused rather than guessed.
 */
final class ColumnAnalyzer {
    private final EncryptedColumns encrypted;
    private final Numbering numbering;
    /** The encrypted tables the statement names, for messages. */
    private final String tablesNamed;
    private final List<SealedParameter> sealed = new ArrayList<>();
    private final Set<String> readTables = new HashSet<>();
    private final Span span;
    private RowCopy copy;

    private ColumnAnalyzer(Span span, EncryptedColumns encrypted, Numbering numbering, String tablesNamed) {
        this.span = span;
        this.encrypted = encrypted;
        this.tablesNamed = tablesNamed;
        this.numbering = numbering;
    }

    /** Thrown inside the analysis; becomes the statement's rejection. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** How SQLite numbers the statement's parameters: the lexer's numbers, by position and by name. */
    record Numbering(int[] questionMarks, Map<String, Integer> names) {
        static Numbering of(Span s) {
            int[] numbers = Parameters.numbers(s);
            List<Integer> marks = new ArrayList<>();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                if (s.is(i, TokenType.VARIABLE)) {
                    String text = s.text(i);
                    if (text.charAt(0) == '?') {
                        marks.add(numbers[i]);
                    } else {
                        names.put(text, numbers[i]);
                    }
                }
            }
            return new Numbering(marks.stream().mapToInt(Integer::intValue).toArray(), names);
        }
    }

    /** True when the statement names a table with encrypted columns (so it must be analysed). */
    static boolean namesEncryptedTable(Span s, EncryptedColumns encrypted) {
        for (int i = 0; i < s.size(); i++) {
            for (String table : encrypted.tables()) {
                if (s.isIdentifier(i, table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What to encrypt and decrypt for {@code s}; null when it moves no encrypted value. */
    static ColumnSealing analyze(Span s, StatementKind kind, EncryptedColumns encrypted) {
        if (kind == StatementKind.ALTER) {
            for (int i = 0; i < s.size(); i++) {
                if (s.is(i, Keyword.RENAME)) {
                    throw new Refusal("renaming " + tablesNamed(s, encrypted) + " or its columns would leave"
                            + " encrypt.columns/encrypt.searchable naming what is no longer there, and the"
                            + " ciphertext under the new name unread: rename outside nana, then change the settings");
                }
            }
            return null;
        }
        if (kind == StatementKind.DROP || kind == StatementKind.PRAGMA || kind == StatementKind.ANALYZE
                || kind == StatementKind.REINDEX) {
            return null; // they move no values
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.newParser(parseable(s)).withAllowComplexParsing(false).Statement();
        } catch (ParseException | RuntimeException e) {
            throw new Refusal("this statement names a table with encrypted columns (" + tablesNamed(s, encrypted)
                    + "), and nana cannot parse it to see what it does with them");
        }
        ColumnAnalyzer analyzer = new ColumnAnalyzer(s, encrypted, Numbering.of(s), tablesNamed(s, encrypted));
        Output output;
        try {
            output = analyzer.statement(statement);
        } catch (Refusal refusal) {
            throw refusal;
        } catch (RuntimeException e) { // a tree shape this analysis does not expect: refused, never guessed
            throw new Refusal("cannot check this statement over " + analyzer.tablesNamed + " ("
                    + e.getClass().getSimpleName() + "): simplify it");
        }
        if (analyzer.copy != null) {
            return new ColumnSealing(List.of(), Map.of(), Set.of(), Set.of(), analyzer.copy);
        }
        if (analyzer.sealed.isEmpty() && analyzer.readTables.isEmpty() && output.isEmpty()) {
            return null;
        }
        return new ColumnSealing(analyzer.sealed, output.results, output.starTables, analyzer.readTables, null);
    }

    /**
     * The text JSqlParser reads: SQLite's conflict clauses ({@code INSERT OR IGNORE}, {@code UPDATE OR ROLLBACK})
     * dropped, since they decide what happens on a constraint failure, not where values go.
     */
    private static String parseable(Span s) {
        StatementKind kind = StatementKinds.kindAt(s, 0);
        if ((kind == StatementKind.INSERT || kind == StatementKind.UPDATE) && s.is(1, Keyword.OR)) {
            return s.text(0) + " " + s.text(3, s.size() - 1);
        }
        return s.sql();
    }

    private static String tablesNamed(Span s, EncryptedColumns encrypted) {
        Set<String> named = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            for (String table : encrypted.tables()) {
                if (s.isIdentifier(i, table)) {
                    named.add(table);
                }
            }
        }
        return String.join(", ", named);
    }

    // ---- statements -------------------------------------------------------------------------------------------

    private Output statement(Statement statement) {
        if (statement instanceof Select select) {
            return select(select, null);
        }
        if (statement instanceof Insert insert) {
            return insert(insert.getTable(), insert.getColumns(), insert.getSelect(), insert.getWithItemsList(),
                    insert);
        }
        if (statement instanceof Upsert upsert) {
            return insert(upsert.getTable(), upsert.getColumns(), upsert.getSelect(), null, null);
        }
        if (statement instanceof Update update) {
            return update(update);
        }
        if (statement instanceof Delete delete) {
            Scope scope = new Scope(null);
            scope.addTable(delete.getTable());
            condition(delete.getWhere(), scope);
            orderBy(delete.getOrderByElements(), scope, null);
            return returning(delete.getReturningClause(), scope, target(delete.getTable()));
        }
        if (statement instanceof CreateTable create && create.getSelect() != null) {
            throw new Refusal("CREATE TABLE ... AS SELECT over a table with encrypted columns would copy ciphertext"
                    + " into columns nana does not decrypt: create the table, then INSERT ... SELECT named columns");
        }
        if (statement instanceof CreateTable || statement instanceof CreateIndex) {
            return new Output();
        }
        throw new Refusal(statement.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(
                Locale.ROOT) + " over " + tablesNamed + ", which has encrypted columns, is refused: a view or"
                + " trigger would read ciphertext that nana cannot decrypt or check");
    }

    private Output insert(Table table, ExpressionList<Column> columns, Select source, List<WithItem<?>> with,
                          Insert insert) {
        String target = target(table);
        boolean encryptedTarget = !encrypted.of(target).isEmpty();
        if ((columns == null || columns.isEmpty()) && (insert == null || !insert.isOnlyDefaultValues())) {
            if (encryptedTarget) {
                throw new Refusal("INSERT into " + target + " must name its columns: " + names(encrypted.of(target))
                        + " encrypted, and nana does not guess their positions");
            }
        }
        Scope outer = withScope(with, null);
        if (source instanceof Values values) {
            for (ExpressionList<?> row : rows(values)) {
                for (int i = 0; i < row.size(); i++) {
                    EncryptedColumn into = columns == null || i >= columns.size() ? null
                            : targetColumn(target, columns.get(i));
                    write(into, row.get(i), outer == null ? new Scope(null) : outer);
                }
            }
        } else if (source != null) {
            int sealedBefore = sealed.size();
            Output selected = select(source, outer);
            if ((encryptedTarget || selected.carriesCiphertext())
                    && !insertFromSelect(target, columns, selected)) {
                copy = rowCopy(target, columns, insert);
                sealed.subList(sealedBefore, sealed.size()).clear(); // the copy's SELECT is planned on its own
            }
        }
        if (insert == null) {
            return new Output();
        }
        Scope scope = new Scope(null);
        scope.addTable(table);
        if (insert.getConflictAction() != null) {
            Scope conflict = new Scope(null);
            conflict.addTable(table);
            conflict.sources.put("excluded", Source.table(target));
            for (UpdateSet set : nullSafe(insert.getConflictAction().getUpdateSets())) {
                assign(set, target, conflict);
            }
            condition(insert.getConflictAction().getWhereExpression(), conflict);
        }
        return returning(insert.getReturningClause(), scope, target);
    }

    /**
     * Checks an INSERT ... SELECT into {@code target}; false when some value must be re-sealed on its way, which only
     * a {@link RowCopy} can do.
     */
    private boolean insertFromSelect(String target, ExpressionList<Column> columns, Output selected) {
        if (selected.items == null) {
            throw new Refusal("INSERT INTO " + target + " ... SELECT * with encrypted columns: name the selected"
                    + " columns");
        }
        if (selected.compound && !encrypted.of(target).isEmpty()) {
            return false; // each branch binds its own parameters: only a row copy seals them all
        }
        boolean inPlace = true;
        for (int i = 0; i < selected.items.size(); i++) {
            Item item = selected.items.get(i);
            EncryptedColumn into = columns == null || i >= columns.size() ? null
                    : targetColumn(target, columns.get(i));
            if (into == null && item.column != null) {
                throw new Refusal("INSERT INTO " + target + " ... SELECT would store ciphertext of encrypted "
                        + item.column.name() + " in " + target + "." + (columns == null ? "column " + (i + 1)
                        : columns.get(i).getColumnName()) + ", which is not encrypted the same way");
            }
            if (into == null) {
                continue;
            }
            if (item.parameter > 0) {
                seal(item.parameter, into, false);
            } else if (!item.isNull && !sameCiphertext(into, item.column)) {
                inPlace = false;
            }
        }
        return inPlace;
    }

    /**
     * The row-by-row form of this INSERT ... SELECT: the text up to the column list kept as written (with its
     * {@code OR IGNORE}), the SELECT after it as written.
     */
    private RowCopy rowCopy(String target, ExpressionList<Column> columns, Insert insert) {
        if (insert == null || insert.getConflictAction() != null || insert.getReturningClause() != null
                || insert.getWithItemsList() != null && !insert.getWithItemsList().isEmpty()) {
            throw new Refusal("INSERT INTO " + target + " ... SELECT re-seals values on their way in, which nana does"
                    + " row by row, and not with WITH before INSERT, REPLACE, ON CONFLICT or RETURNING");
        }
        int into = 0;
        while (into < span.size() && !span.is(into, Keyword.INTO)) {
            into++;
        }
        int open = into;
        while (open < span.size() && !span.is(open, TokenType.LPAREN)) {
            open++;
        }
        int close = span.closing(open);
        if (close < 0 || close + 1 >= span.size()) {
            throw new Refusal("cannot find the column list of INSERT INTO " + target);
        }
        StringBuilder insertText = new StringBuilder(span.text(0, close)).append(" VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            insertText.append(i == 0 ? "?" : ", ?");
        }
        return new RowCopy(span.text(close + 1, span.size() - 1), insertText.append(')').toString());
    }

    private Output update(Update update) {
        Scope scope = withScope(update.getWithItemsList(), null);
        scope = new Scope(scope);
        String target = target(update.getTable());
        scope.addTable(update.getTable());
        from(update.getFromItem(), update.getJoins(), scope);
        for (Join join : nullSafe(update.getStartJoins())) {
            join(join, scope);
        }
        for (UpdateSet set : update.getUpdateSets()) {
            assign(set, target, scope);
        }
        condition(update.getWhere(), scope);
        orderBy(update.getOrderByElements(), scope, null);
        return returning(update.getReturningClause(), scope, target);
    }

    /** {@code SET a = x} or {@code SET (a, b) = (x, y)}. */
    private void assign(UpdateSet set, String target, Scope scope) {
        ExpressionList<?> values = set.getValues();
        List<Expression> flat = new ArrayList<>();
        if (values.size() == 1 && values.get(0) instanceof ParenthesedExpressionList<?> tuple
                && set.getColumns().size() > 1) {
            flat.addAll(tuple);
        } else {
            flat.addAll(values);
        }
        for (int i = 0; i < set.getColumns().size(); i++) {
            Expression value = i < flat.size() ? flat.get(i) : null;
            if (value == null) {
                throw new Refusal("SET of " + set.getColumns() + " from a row value over a table with encrypted"
                        + " columns: assign each column");
            }
            write(targetColumn(target, set.getColumns().get(i)), value, scope);
        }
    }

    /** A value written to {@code into} (null when that column is not encrypted). */
    private void write(EncryptedColumn into, Expression value, Scope scope) {
        Expression bare = unwrap(value);
        if (into == null) {
            EncryptedColumn source = expression(value, scope);
            if (source != null) {
                throw new Refusal("would store ciphertext of encrypted " + source.name()
                        + " in a column that is not encrypted the same way");
            }
            return;
        }
        int parameter = parameter(bare);
        if (parameter > 0) {
            seal(parameter, into, false);
        } else if (bare instanceof NullValue) {
            return;
        } else if (isLiteral(bare)) {
            throw new Refusal("encrypted column " + into.name() + " takes its value from a bound parameter: the"
                    + " literal " + bare + " would reach the database in plaintext");
        } else {
            EncryptedColumn source = expression(value, scope);
            if (!sameCiphertext(into, source)) {
                throw new Refusal("encrypted column " + into.name() + " can be set only from a bound parameter, NULL"
                        + " or itself, not from " + bare);
            }
        }
    }

    /** The encrypted column a written column of {@code target} is, quoted or not; null when not encrypted. */
    private EncryptedColumn targetColumn(String target, Column column) {
        return encrypted.find(target, unquote(column.getColumnName()));
    }

    private Output returning(ReturningClause returning, Scope scope, String target) {
        if (returning == null) {
            return new Output();
        }
        if (!encrypted.of(target).isEmpty()) {
            readTables.add(target);
        }
        Output output = new Output();
        for (Object item : returning) {
            if (item instanceof SelectItem<?> selectItem) {
                selectItem(selectItem, scope, output);
            } else {
                throw new Refusal("RETURNING " + item + " on " + target + " cannot be checked");
            }
        }
        return output;
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    private Output select(Select select, Scope outer) {
        Scope with = withScope(select.getWithItemsList(), outer);
        Scope scope = with == null ? outer : with;
        if (select instanceof PlainSelect plain) {
            return plainSelect(plain, scope);
        }
        Output output;
        if (select instanceof SetOperationList compound) {
            output = compound(compound, scope);
        } else if (select instanceof ParenthesedSelect parenthesed) {
            output = select(parenthesed.getSelect(), scope);
        } else if (select instanceof Values values) {
            output = new Output();
            output.items = new ArrayList<>();
            List<ExpressionList<?>> rows = rows(values);
            for (ExpressionList<?> row : rows) {
                for (Expression value : row) {
                    expression(value, scope == null ? new Scope(null) : scope);
                }
            }
            for (Expression value : rows.isEmpty() ? List.<Expression>of() : rows.get(0)) {
                output.items.add(Item.of(value, null, parameter(unwrap(value))));
            }
        } else {
            throw new Refusal(select.getClass().getSimpleName() + " over encrypted columns cannot be checked");
        }
        orderByAndLimit(select, new Scope(scope), output);
        return output;
    }

    /** ORDER BY terms name outputs by label or position, or columns of the query's own tables. */
    private void orderByAndLimit(Select select, Scope scope, Output output) {
        orderBy(select.getOrderByElements(), scope, output);
        if (select.getLimit() != null) {
            expression(select.getLimit().getRowCount(), scope);
            expression(select.getLimit().getOffset(), scope);
        }
        if (select.getOffset() != null) {
            expression(select.getOffset().getOffset(), scope);
        }
    }

    private Output plainSelect(PlainSelect select, Scope outer) {
        Scope scope = new Scope(outer);
        from(select.getFromItem(), select.getJoins(), scope);
        condition(select.getWhere(), scope);
        Output output = new Output();
        output.items = new ArrayList<>();
        for (SelectItem<?> item : select.getSelectItems()) {
            selectItem(item, scope, output);
        }
        GroupByElement groupBy = select.getGroupBy();
        if (groupBy != null) {
            for (Object grouped : groupBy.getGroupByExpressionList()) {
                EncryptedColumn column = output.byLabelOrPosition((Expression) grouped);
                if (column == null) {
                    column = expression((Expression) grouped, scope);
                }
                if (column != null && !column.searchable()) {
                    throw new Refusal("GROUP BY " + column.name() + ": its values are encrypted with random nonces,"
                            + " so equal values never group; declare it in encrypt.searchable");
                }
            }
        }
        condition(select.getHaving(), scope);
        if (select.getDistinct() != null) {
            for (EncryptedColumn column : output.encryptedColumns(encrypted)) {
                if (!column.searchable()) {
                    throw new Refusal("DISTINCT over " + column.name() + ": its values are encrypted with random"
                            + " nonces, so equal values never compare equal; declare it in encrypt.searchable");
                }
            }
        }
        orderByAndLimit(select, scope, output);
        return output;
    }

    private void selectItem(SelectItem<?> item, Scope scope, Output output) {
        Expression expression = item.getExpression();
        if (expression instanceof AllTableColumns all) {
            Source source = scope.qualified(all.getTable().getName());
            if (source == null) {
                throw new Refusal("no table or alias " + all.getTable().getName() + " for " + all);
            }
            output.star(source);
            return;
        }
        if (expression instanceof AllColumns) {
            for (Source source : scope.sources.values()) {
                output.star(source);
            }
            return;
        }
        EncryptedColumn column = expression(expression, scope);
        if (column != null && !(unwrap(expression) instanceof Column)) {
            throw new Refusal("the result " + expression + " carries encrypted " + column.name()
                    + " through an expression nana cannot decrypt: select the column itself");
        }
        String label = item.getAlias() != null ? item.getAlias().getName()
                : unwrap(expression) instanceof Column named ? named.getColumnName() : expression.toString();
        label = unquote(label);
        if (output.items != null) {
            output.items.add(Item.of(expression, column, parameter(unwrap(expression))));
        }
        if (column != null) {
            output.result(label, column);
        } else {
            output.plainNames.add(label.toLowerCase(Locale.ROOT));
        }
    }

    private Output compound(SetOperationList compound, Scope scope) {
        Output first = null;
        for (Select branch : compound.getSelects()) {
            Output output = select(branch, scope);
            if (first == null) {
                first = output;
                continue;
            }
            if (first.items == null || output.items == null) {
                if (first.touchesEncrypted(encrypted) || output.touchesEncrypted(encrypted)) {
                    throw new Refusal("a compound SELECT with * over encrypted columns: name the columns");
                }
                continue;
            }
            for (int i = 0; i < Math.min(first.items.size(), output.items.size()); i++) {
                EncryptedColumn a = first.items.get(i).column;
                EncryptedColumn b = output.items.get(i).column;
                if ((a != null || b != null) && (a == null || !sameCiphertext(a, b))) {
                    throw new Refusal("column " + (i + 1) + " of a compound SELECT mixes "
                            + (a == null ? "plain values" : "encrypted " + a.name()) + " with "
                            + (b == null ? "plain values" : "encrypted " + b.name()));
                }
            }
        }
        for (var operation : compound.getOperations()) {
            if (!operation.toString().toUpperCase(Locale.ROOT).contains("ALL")) {
                for (EncryptedColumn column : first.encryptedColumns(encrypted)) {
                    if (!column.searchable()) {
                        throw new Refusal(operation + " compares rows, and " + column.name() + " is encrypted with"
                                + " random nonces: use UNION ALL or declare it in encrypt.searchable");
                    }
                }
            }
        }
        if (first != null) {
            first.compound = true;
        }
        return first;
    }

    private void from(FromItem item, List<Join> joins, Scope scope) {
        if (item != null) {
            fromItem(item, scope);
        }
        for (Join join : nullSafe(joins)) {
            join(join, scope);
        }
    }

    private void join(Join join, Scope scope) {
        fromItem(join.getFromItem(), scope);
        if (join.isNatural() && !readTables.isEmpty()) {
            throw new Refusal("NATURAL JOIN next to encrypted columns of "
                    + String.join(", ", new TreeSet<>(readTables))
                    + " compares columns nana cannot see: join ON or USING named columns");
        }
        for (Expression on : nullSafe(join.getOnExpressions())) {
            condition(on, scope);
        }
        for (Column using : nullSafe(join.getUsingColumns())) {
            List<EncryptedColumn> found = new ArrayList<>();
            for (Source source : scope.sources.values()) {
                EncryptedColumn column = source.column(using.getColumnName(), encrypted);
                if (column != null) {
                    found.add(column);
                }
            }
            if (!found.isEmpty()) {
                EncryptedColumn first = found.get(0);
                for (EncryptedColumn other : found) {
                    checkComparable(first, other);
                }
                if (!first.searchable()) {
                    checkComparable(first, null);
                }
            }
        }
    }

    private void fromItem(FromItem item, Scope scope) {
        String alias = item.getAlias() == null ? null : unquote(item.getAlias().getName());
        if (item instanceof Table table) {
            String name = unquote(table.getName()).toLowerCase(Locale.ROOT);
            Source cte = table.getSchemaName() == null ? scope.cte(name) : null;
            Source source = cte != null ? cte : Source.table(name);
            if (cte == null && !encrypted.of(name).isEmpty()) {
                readTables.add(name);
            }
            scope.sources.put((alias != null ? alias : name).toLowerCase(Locale.ROOT), source);
        } else if (item instanceof ParenthesedSelect subquery) {
            Output output = select(subquery.getSelect(), scope.outer);
            scope.sources.put(alias == null ? "" : alias.toLowerCase(Locale.ROOT), Source.derived(output));
        } else if (item instanceof ParenthesedFromItem nested) {
            from(nested.getFromItem(), nested.getJoins(), scope);
        } else if (item instanceof TableFunction function) {
            expression(function.getFunction(), scope);
            scope.sources.put(alias == null ? "" : alias.toLowerCase(Locale.ROOT), Source.derived(new Output()));
        } else {
            throw new Refusal(item + " next to encrypted columns cannot be checked");
        }
    }

    private Scope withScope(List<WithItem<?>> with, Scope outer) {
        if (with == null || with.isEmpty()) {
            return outer;
        }
        Scope scope = new Scope(outer);
        for (WithItem<?> item : with) {
            if (item.getSelect() == null) {
                throw new Refusal("WITH " + item.getAliasName() + " holding a data change cannot be checked");
            }
            Output output = select(item.getSelect().getSelect(), scope);
            if (item.getWithItemList() != null) {
                output = output.renamed(item.getWithItemList());
            }
            scope.ctes.put(unquote(item.getAliasName()).toLowerCase(Locale.ROOT), Source.derived(output));
        }
        return scope;
    }

    private void orderBy(List<OrderByElement> elements, Scope scope, Output output) {
        for (OrderByElement element : nullSafe(elements)) {
            Expression expression = element.getExpression();
            EncryptedColumn column = output == null ? null : output.byLabelOrPosition(expression);
            if (column == null) {
                column = expression(expression, scope);
            }
            if (column != null) {
                throw new Refusal("ORDER BY " + column.name() + ": its values are encrypted, and ciphertext has no"
                        + " useful order; sort in the application");
            }
        }
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    private void condition(Expression expression, Scope scope) {
        if (expression != null) {
            EncryptedColumn column = expression(expression, scope);
            if (column != null) {
                throw new Refusal("encrypted " + column.name() + " used as a truth value");
            }
        }
    }

    /**
     * Checks {@code expression} and everything in it; returns the encrypted column it is, when it is one bare
     * (parenthesised at most), else null.
     */
    private EncryptedColumn expression(Expression expression, Scope scope) {
        if (expression == null) {
            return null;
        }
        Expression bare = unwrap(expression);
        if (bare != expression) {
            return expression(bare, scope);
        }
        if (expression instanceof Column column) {
            return column.getColumnName().startsWith("$") ? null : scope.resolve(column, encrypted);
        }
        if (parameter(expression) > 0 || isLiteral(expression) || expression instanceof NullValue) {
            return null;
        }
        if (expression instanceof AndExpression || expression instanceof OrExpression
                || expression instanceof XorExpression) {
            BinaryExpression both = (BinaryExpression) expression;
            condition(both.getLeftExpression(), scope);
            condition(both.getRightExpression(), scope);
            return null;
        }
        if (expression instanceof NotExpression not) {
            condition(not.getExpression(), scope);
            return null;
        }
        if (expression instanceof EqualsTo || expression instanceof NotEqualsTo) {
            BinaryExpression comparison = (BinaryExpression) expression;
            equality(comparison.getLeftExpression(), comparison.getRightExpression(), scope);
            return null;
        }
        if (expression instanceof IsNullExpression isNull) {
            expression(isNull.getLeftExpression(), scope);
            return null;
        }
        if (expression instanceof InExpression in) {
            in(in, scope);
            return null;
        }
        if (expression instanceof ExistsExpression exists) {
            subquery(exists.getRightExpression(), scope);
            return null;
        }
        if (expression instanceof ParenthesedSelect subquery) {
            Output output = select(subquery.getSelect(), scope);
            if (output.touchesEncrypted(encrypted) && output.single() != null) {
                throw new Refusal("a scalar subquery returning encrypted " + output.single().name()
                        + ": join the table instead");
            }
            return null;
        }
        if (expression instanceof Function function) {
            function(function, scope);
            return null;
        }
        if (expression instanceof ExpressionList<?> list) {
            for (Expression item : list) {
                opaque(item, scope, "a row value");
            }
            return null;
        }
        if (expression instanceof CaseExpression caseExpression) {
            opaque(caseExpression.getSwitchExpression(), scope, "CASE");
            for (WhenClause when : caseExpression.getWhenClauses()) {
                if (caseExpression.getSwitchExpression() != null) {
                    opaque(when.getWhenExpression(), scope, "CASE");
                } else {
                    condition(when.getWhenExpression(), scope);
                }
                opaque(when.getThenExpression(), scope, "CASE");
            }
            opaque(caseExpression.getElseExpression(), scope, "CASE");
            return null;
        }
        if (expression instanceof BinaryExpression binary) {
            opaque(binary.getLeftExpression(), scope, operator(binary));
            opaque(binary.getRightExpression(), scope, operator(binary));
            return null;
        }
        if (expression instanceof CastExpression cast) {
            opaque(cast.getLeftExpression(), scope, "CAST");
            return null;
        }
        if (expression instanceof SignedExpression signed) {
            opaque(signed.getExpression(), scope, "a sign");
            return null;
        }
        if (expression instanceof Between between) {
            opaque(between.getLeftExpression(), scope, "BETWEEN");
            opaque(between.getBetweenExpressionStart(), scope, "BETWEEN");
            opaque(between.getBetweenExpressionEnd(), scope, "BETWEEN");
            return null;
        }
        if (expression instanceof AnyComparisonExpression || expression instanceof AllValue) {
            throw new Refusal(expression + " next to encrypted columns cannot be checked");
        }
        unknown(expression, scope);
        return null;
    }

    /** An operand whose value an operator or function computes with: an encrypted column there is refused. */
    private void opaque(Expression operand, Scope scope, String what) {
        EncryptedColumn column = expression(operand, scope);
        if (column != null) {
            throw new Refusal(what + " over encrypted " + column.name() + " would compute on ciphertext: "
                    + (column.searchable() ? "only =, <>, IN, IS NULL and COUNT work on it"
                    : "only IS NULL and COUNT work on it (and =, IN with encrypt.searchable)"));
        }
    }

    private static String operator(BinaryExpression binary) {
        String text = binary.getStringExpression();
        return text == null ? binary.getClass().getSimpleName() : text.trim().toUpperCase(Locale.ROOT);
    }

    private void function(Function function, Scope scope) {
        String name = function.getName() == null ? "" : function.getName().toLowerCase(Locale.ROOT);
        ExpressionList<?> arguments = function.getParameters();
        if (name.equals("count") && arguments != null && arguments.size() == 1) {
            EncryptedColumn column = expression(arguments.get(0), scope);
            if (column != null && function.isDistinct() && !column.searchable()) {
                throw new Refusal("COUNT(DISTINCT " + column.name() + ") counts ciphertexts, and random nonces make"
                        + " each distinct; declare it in encrypt.searchable");
            }
            return;
        }
        for (Expression argument : arguments == null ? List.<Expression>of() : arguments) {
            opaque(argument, scope, "function " + name + "()");
        }
        if (function.getNamedParameters() != null || function.getKeep() != null
                || function.getOrderByElements() != null) {
            unknown(function, scope);
        }
    }

    /** {@code a = b} and {@code a <> b}. */
    private void equality(Expression left, Expression right, Scope scope) {
        EncryptedColumn a = expression(left, scope);
        EncryptedColumn b = expression(right, scope);
        if (a == null && b == null) {
            return;
        }
        if (a != null && b != null) {
            checkComparable(a, b);
            return;
        }
        compared(a != null ? a : b, unwrap(a != null ? right : left), scope);
    }

    /** {@code value} compared for equality with {@code column}: a parameter is sealed as the column's values are. */
    private void compared(EncryptedColumn column, Expression value, Scope scope) {
        checkComparable(column, null);
        int parameter = parameter(value);
        if (parameter > 0) {
            seal(parameter, column, true);
        } else if (isLiteral(value)) {
            throw new Refusal("encrypted " + column.name() + " compared with the literal " + value
                    + ": bind it as a parameter, which nana encrypts");
        } else if (!(value instanceof NullValue)) {
            throw new Refusal("encrypted " + column.name() + " compared with " + value
                    + ", which is not a bound parameter or a column of the same equality domain");
        }
    }

    private void in(InExpression in, Scope scope) {
        EncryptedColumn left = expression(in.getLeftExpression(), scope);
        Expression right = in.getRightExpression();
        if (right instanceof ParenthesedSelect subquery) {
            Output output = select(subquery.getSelect(), scope);
            EncryptedColumn selected = output.single();
            if (left != null || selected != null) {
                if (left == null || selected == null) {
                    throw new Refusal("IN compares " + (left != null ? "encrypted " + left.name() : "plain values")
                            + " with " + (selected != null ? "encrypted " + selected.name() : "plain values"));
                }
                checkComparable(left, selected);
            }
            return;
        }
        List<Expression> values = new ArrayList<>();
        if (right instanceof ExpressionList<?> list) {
            values.addAll(list);
        } else {
            values.add(right);
        }
        for (Expression value : values) {
            if (left == null) {
                opaque(value, scope, "IN");
                continue;
            }
            EncryptedColumn other = expression(value, scope);
            if (other != null) {
                checkComparable(left, other);
            } else {
                compared(left, unwrap(value), scope);
            }
        }
    }

    private void subquery(Expression expression, Scope scope) {
        if (expression instanceof ParenthesedSelect subquery) {
            select(subquery.getSelect(), scope);
        } else {
            expression(expression, scope);
        }
    }

    /** Equality between two encrypted columns needs one searchable domain; a null {@code b} checks only {@code a}. */
    private static void checkComparable(EncryptedColumn a, EncryptedColumn b) {
        if (!a.searchable()) {
            throw new Refusal("equality on " + a.name() + ": its values are encrypted with random nonces, so equal"
                    + " values never compare equal; declare it in encrypt.searchable");
        }
        if (b != null && !a.domain().equals(b.domain())) {
            if (!b.searchable()) {
                checkComparable(b, null);
            }
            throw new Refusal(a.name() + " and " + b.name() + " are encrypted in different equality domains, so equal"
                    + " values differ; share one with encrypt.searchable=" + b.name() + "=" + a.domain());
        }
    }

    /** A node this analysis does not model: refused if any column in it is encrypted or it holds a subquery. */
    private void unknown(Expression expression, Scope scope) {
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                EncryptedColumn found = column.getColumnName().startsWith("$") ? null
                        : scope.resolve(column, encrypted);
                if (found != null) {
                    throw new Refusal(expression + " over encrypted " + found.name() + " cannot be checked");
                }
                return null;
            }

            @Override
            public <S> Void visit(ParenthesedSelect select, S context) {
                throw new Refusal(expression + " holds a subquery next to encrypted columns that cannot be checked");
            }
        }, null);
    }

    private void seal(int parameter, EncryptedColumn column, boolean compared) {
        for (SealedParameter known : sealed) {
            if (known.number() == parameter && (!known.column().equals(column) || known.compared() != compared)
                    && !(known.column().searchable() && column.searchable()
                    && known.column().domain().equals(column.domain()))) {
                throw new Refusal("parameter " + parameter + " is used for " + known.column().name() + " and "
                        + column.name() + ", which encrypt it differently: bind it twice");
            }
        }
        sealed.add(new SealedParameter(parameter, column, compared));
    }

    /** The parameter's number as SQLite numbers it, or 0 when {@code expression} is not a parameter. */
    private int parameter(Expression expression) {
        if (expression instanceof JdbcParameter parameter) {
            if (parameter.isUseFixedIndex()) {
                return parameter.getIndex();
            }
            int ordinal = parameter.getIndex();
            return ordinal >= 1 && ordinal <= numbering.questionMarks().length
                    ? numbering.questionMarks()[ordinal - 1] : 0;
        }
        if (expression instanceof JdbcNamedParameter named) {
            return numbering.names().getOrDefault(named.getParameterCharacter() + named.getName(), 0);
        }
        if (expression instanceof UserVariable variable) {
            return numbering.names().getOrDefault(variable.toString(), 0);
        }
        if (expression instanceof Column column && column.getColumnName().startsWith("$")) {
            return numbering.names().getOrDefault(column.getFullyQualifiedName(), 0);
        }
        return 0;
    }

    private static boolean isLiteral(Expression expression) {
        return expression instanceof StringValue || expression instanceof LongValue
                || expression instanceof DoubleValue || expression instanceof HexValue
                || expression instanceof SignedExpression signed && isLiteral(signed.getExpression());
    }

    /** Parentheses around one expression removed. */
    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            current = list.get(0);
        }
        return current;
    }

    /** Copying stored bytes from {@code source} into {@code into} keeps them readable: same binding. */
    private static boolean sameCiphertext(EncryptedColumn into, EncryptedColumn source) {
        if (source == null) {
            return false;
        }
        return into.searchable() ? into.domain().equals(source.domain()) && source.searchable()
                : into.equals(source);
    }

    private static List<ExpressionList<?>> rows(Values values) {
        ExpressionList<?> all = values.getExpressions();
        List<ExpressionList<?>> rows = new ArrayList<>();
        if (all instanceof ParenthesedExpressionList<?>) {
            rows.add(all);
            return rows;
        }
        for (Expression row : all) {
            rows.add(row instanceof ExpressionList<?> list ? list : new ExpressionList<>(row));
        }
        return rows;
    }

    private static String target(Table table) {
        return unquote(table.getName()).toLowerCase(Locale.ROOT);
    }

    private static String names(List<EncryptedColumn> columns) {
        return String.join(", ", columns.stream().map(EncryptedColumn::name).toList());
    }

    private static <T> List<T> nullSafe(java.util.Collection<T> items) {
        return items == null ? List.of() : new ArrayList<>(items);
    }

    static String unquote(String name) {
        if (name != null && name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }

    // ---- scopes -----------------------------------------------------------------------------------------------

    /** What a name in FROM stands for: a real table, or a subquery/CTE with known outputs. */
    record Source(String table, Output derived) {
        static Source table(String name) {
            return new Source(name, null);
        }

        static Source derived(Output output) {
            return new Source(null, output);
        }

        /** The encrypted column {@code name} is here, or null (a plain column, or none). */
        EncryptedColumn column(String name, EncryptedColumns encrypted) {
            String lower = unquote(name).toLowerCase(Locale.ROOT);
            if (table != null) {
                return encrypted.find(table, lower);
            }
            EncryptedColumn named = derived.named.get(lower);
            if (named != null || derived.plainNames.contains(lower)) {
                return named;
            }
            EncryptedColumn found = null;
            for (String starTable : derived.starTables) {
                EncryptedColumn column = encrypted.find(starTable, lower);
                if (column != null && found != null && !found.equals(column)) {
                    throw new Refusal("column " + name + " of a subquery is ambiguous between " + found.name()
                            + " and " + column.name());
                }
                found = column != null ? column : found;
            }
            return found;
        }
    }

    static final class Scope {
        final Scope outer;
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, Source> ctes = new HashMap<>();

        Scope(Scope outer) {
            this.outer = outer;
        }

        void addTable(Table table) {
            String name = unquote(table.getName()).toLowerCase(Locale.ROOT);
            String alias = table.getAlias() == null ? name
                    : unquote(table.getAlias().getName()).toLowerCase(Locale.ROOT);
            sources.put(alias, Source.table(name));
        }

        Source cte(String name) {
            for (Scope scope = this; scope != null; scope = scope.outer) {
                Source source = scope.ctes.get(name);
                if (source != null) {
                    return source;
                }
            }
            return null;
        }

        Source qualified(String qualifier) {
            String name = unquote(qualifier).toLowerCase(Locale.ROOT);
            for (Scope scope = this; scope != null; scope = scope.outer) {
                Source source = scope.sources.get(name);
                if (source != null) {
                    return source;
                }
            }
            return null;
        }

        EncryptedColumn resolve(Column column, EncryptedColumns encrypted) {
            String name = column.getColumnName();
            Table table = column.getTable();
            if (table != null && table.getName() != null) {
                Source source = qualified(table.getName());
                return source == null ? null : source.column(name, encrypted);
            }
            for (Scope scope = this; scope != null; scope = scope.outer) {
                EncryptedColumn found = null;
                for (Source source : scope.sources.values()) {
                    EncryptedColumn column1 = source.column(name, encrypted);
                    if (column1 != null && found != null && !found.equals(column1)) {
                        throw new Refusal("unqualified " + name + " could be " + found.name() + " or "
                                + column1.name() + ": qualify it");
                    }
                    found = column1 != null ? column1 : found;
                }
                if (found != null) {
                    if (scope != this) {
                        throw new Refusal("unqualified " + name + " may be the outer query's encrypted "
                                + found.name() + " or a column of the subquery's own tables: qualify it");
                    }
                    return found;
                }
                EncryptedColumn outer = scope.sources.isEmpty() || scope.outer == null ? null
                        : scope.outer.anyEncrypted(name, encrypted);
                if (outer != null) {
                    throw new Refusal("unqualified " + name + " may be the outer query's encrypted " + outer.name()
                            + " or a column of the subquery's own tables: qualify it");
                }
            }
            return null;
        }

        /** The encrypted column an unqualified {@code name} would be in this scope or an outer one, or null. */
        private EncryptedColumn anyEncrypted(String name, EncryptedColumns encrypted) {
            for (Scope scope = this; scope != null; scope = scope.outer) {
                for (Source source : scope.sources.values()) {
                    EncryptedColumn column = source.column(name, encrypted);
                    if (column != null) {
                        return column;
                    }
                }
            }
            return null;
        }
    }

    // ---- outputs ----------------------------------------------------------------------------------------------

    /** One explicit result column: the encrypted column it is, or the parameter it is, or neither. */
    record Item(EncryptedColumn column, int parameter, boolean isNull) {
        static Item of(Expression expression, EncryptedColumn column, int parameter) {
            return new Item(column, parameter, unwrap(expression) instanceof NullValue);
        }
    }

    /** The result columns of a query, as far as encryption goes. */
    static final class Output {
        /** Explicit items in order (a compound's first SELECT's); null once a {@code *} makes positions unknown. */
        List<Item> items = new ArrayList<>();
        /** Whether the items come from a UNION, INTERSECT or EXCEPT, whose other branches have items of their own. */
        boolean compound;
        /** Encrypted outputs by lower-case label, and plain labels (which shadow a star's columns). */
        final Map<String, EncryptedColumn> named = new HashMap<>();
        final Set<String> plainNames = new HashSet<>();
        final Set<String> starTables = new HashSet<>();
        /** By ColumnSealing.resultKey. */
        final Map<String, EncryptedColumn> results = new HashMap<>();

        boolean isEmpty() {
            return results.isEmpty() && starTables.isEmpty();
        }

        /** A result column labelled {@code label} carrying {@code column}, whose table SQLite reports as its origin. */
        void result(String label, EncryptedColumn column) {
            named.put(label.toLowerCase(Locale.ROOT), column);
            EncryptedColumn earlier = results.put(ColumnSealing.resultKey(column.table(), label), column);
            if (earlier != null && !earlier.equals(column)) {
                throw new Refusal("two result columns labelled " + label + " carry " + earlier.name() + " and "
                        + column.name() + ": give them distinct aliases");
            }
        }

        void star(Source source) {
            items = null;
            if (source.table() != null) {
                starTables.add(source.table());
                return;
            }
            Output derived = source.derived();
            starTables.addAll(derived.starTables);
            derived.results.forEach(results::putIfAbsent);
            named.putAll(derived.named);
            plainNames.addAll(derived.plainNames);
        }

        boolean carriesCiphertext() {
            return !results.isEmpty() || !starTables.isEmpty();
        }

        boolean touchesEncrypted(EncryptedColumns encrypted) {
            if (!results.isEmpty()) {
                return true;
            }
            for (String table : starTables) {
                if (!encrypted.of(table).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** Every encrypted column among the outputs, explicit or behind a star. */
        List<EncryptedColumn> encryptedColumns(EncryptedColumns encrypted) {
            List<EncryptedColumn> all = new ArrayList<>(results.values());
            for (String table : starTables) {
                all.addAll(encrypted.of(table));
            }
            return all;
        }

        /** The encrypted column of a one-column result, else null. */
        EncryptedColumn single() {
            if (items == null) {
                throw new Refusal("a subquery with * next to encrypted columns: name its column");
            }
            return items.size() == 1 ? items.get(0).column : null;
        }

        /** The output an ORDER BY term names by label or 1-based position, if it is encrypted. */
        EncryptedColumn byLabelOrPosition(Expression expression) {
            Expression bare = unwrap(expression);
            if (bare instanceof LongValue position && items != null) {
                int index = (int) position.getValue() - 1;
                return index >= 0 && index < items.size() ? items.get(index).column : null;
            }
            if (bare instanceof Column column && column.getTable() == null) {
                return named.get(unquote(column.getColumnName()).toLowerCase(Locale.ROOT));
            }
            return null;
        }

        /** A CTE's outputs under the names of its column list. */
        Output renamed(List<SelectItem<?>> names) {
            if (items == null) {
                throw new Refusal("a CTE with a column list over * next to encrypted columns: name its columns");
            }
            Output renamed = new Output();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                renamed.items.add(item);
                if (i < names.size() && item.column != null) {
                    String label = unquote(names.get(i).toString());
                    renamed.result(label, item.column);
                }
            }
            return renamed;
        }
    }
}
