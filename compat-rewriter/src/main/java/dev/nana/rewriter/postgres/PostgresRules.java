package dev.nana.rewriter.postgres;

import java.util.List;

import dev.nana.rewriter.Rule;

/**
 * The rules that make SQLite SQL run on PostgreSQL with SQLite's results, in the order they apply. Refusals come
 * first, so a statement that cannot run is not rewritten at all. Where two rules replace the same tokens, the
 * earlier one's replacement is outermost: function renames come before {@link QuotedIdentifier}, so
 * {@code [ifnull](a, b)} becomes {@code coalesce(a, b)}. Text inserted after one token is written in rule order,
 * so {@link ScalarSubquery} comes last: its {@code LIMIT 1} follows what others append to a subquery's last token
 * ({@code ORDER BY id NULLS FIRST}).
 */
public final class PostgresRules {
    public static final List<Rule> ALL = List.of(
            new PostgresOnly(),
            new ConflictClause(),
            new TransactionStatements(),
            new DatabaseFiles(),
            new Pragmas(),
            new IndexHints(),
            new DeclaredTypes(),
            new IntegerPrimaryKey(),
            new TableOptions(),
            new CatalogRecord(),
            new AlterTableRecord(),
            new CreateTrigger(),
            new DropTrigger(),
            new CatalogTables(),
            new SchemaNames(),
            new LastInsertRowid(),
            new Changes(),
            new DateTime(),
            new LikeGlob(),
            new StringFunctions(),
            new Collations(),
            new Casts(),
            new Concatenation(),
            new JsonFunctions(),
            new ColumnLabels(),
            new IfNull(),
            new Iif(),
            new TypeOf(),
            new ScalarMinMax(),
            new GroupConcat(),
            new Total(),
            new IntegerSum(),
            new CompoundOrder(),
            new DerivedTableAlias(),
            new LimitClause(),
            new NullsOrder(),
            new IsDistinct(),
            new PostfixNotNull(),
            new EmptyInList(),
            new InTable(),
            new Booleans(),
            new DivisionByZero(),
            new DoubleEquals(),
            new StringAlias(),
            new ReservedNames(),
            new QuotedIdentifier(),
            new BlobLiteral(),
            new NumericLiteral(),
            new PositionalParameters(),
            new ScalarSubquery());

    private PostgresRules() {
    }
}
