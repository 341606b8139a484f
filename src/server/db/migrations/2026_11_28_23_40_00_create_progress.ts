import type { Kysely } from 'kysely';

/** Completions and quiz attempts, owned by a better-auth user and deleted with it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lesson_completion')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('lesson', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_completion_pk', ['user_id', 'lesson'])
    .execute();
  await db.schema
    .createTable('quiz_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('lesson', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quiz_attempt_user_time').on('quiz_attempt').columns(['user_id', 'created_at']).execute();
  await db.schema
    .createTable('completion_receipt')
    .addColumn('nonce', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('used_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('completion_receipt').execute();
  await db.schema.dropTable('quiz_attempt').execute();
  await db.schema.dropTable('lesson_completion').execute();
}
