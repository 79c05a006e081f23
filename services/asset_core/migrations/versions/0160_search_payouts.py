"""case search indexes and payouts (执行款发放)

- cases.priority: 绿色通道 first (0 for wage and support cases, 1 otherwise; = domain.priority), a stored generated
  column, and a btree index on (priority, filed_on, seq): the order and keyset cursor of the case search.
- pg_trgm (created here: migrations run as the owner) and GIN trigram indexes on parties.name (prefix or partial
  party names: LIKE 'prefix%') and cases.case_number (a part of a 案号: ILIKE '%part%').
- payouts: recovered money paid out to an applicant of the case (执行款物管理规定 13), amount > 0.

Revision ID: 0160_search_payouts
Revises: 0150_overview_rollup
Create Date: 2026-12-02 06:30:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0160_search_payouts'
down_revision = '0150_overview_rollup'
branch_labels = None
depends_on = None

PRIORITY_SQL = "CASE WHEN livelihood_category = 'none' THEN 1 ELSE 0 END"  # = tables.PRIORITY_SQL


def upgrade() -> None:
    op.execute("create extension if not exists pg_trgm")
    op.add_column('cases', sa.Column('priority', sa.SmallInteger(), sa.Computed(PRIORITY_SQL, persisted=True),
                                     nullable=False))
    op.create_index('ix_cases_priority_filed_on_seq', 'cases', ['priority', 'filed_on', 'seq'])
    op.create_index('ix_cases_case_number_trgm', 'cases', ['case_number'], postgresql_using='gin',
                    postgresql_ops={'case_number': 'gin_trgm_ops'})
    op.create_index('ix_parties_name_trgm', 'parties', ['name'], postgresql_using='gin',
                    postgresql_ops={'name': 'gin_trgm_ops'})
    op.create_table('payouts',
                    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('seq', sa.BigInteger(), sa.Identity(), nullable=False),
                    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('payee_party_id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
                    sa.Column('paid_on', sa.Date(), nullable=False),
                    sa.Column('method', sa.String(length=16), nullable=False),
                    sa.Column('reference', sa.String(length=100), nullable=True),
                    sa.Column('note', sa.Text(), nullable=True),
                    sa.Column('recorded_by', sa.String(length=200), nullable=False),
                    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                              nullable=False),
                    sa.CheckConstraint('amount_fen > 0', name=op.f('ck_payouts_amount_positive')),
                    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_payouts_case_id_cases')),
                    sa.ForeignKeyConstraint(['payee_party_id'], ['parties.id'],
                                            name=op.f('fk_payouts_payee_party_id_parties')),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_payouts')),
                    sa.UniqueConstraint('seq', name=op.f('uq_payouts_seq')))
    op.create_index(op.f('ix_payouts_case_id'), 'payouts', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_payouts_case_id'), table_name='payouts')
    op.drop_table('payouts')
    op.drop_index('ix_parties_name_trgm', table_name='parties')
    op.drop_index('ix_cases_case_number_trgm', table_name='cases')
    op.drop_index('ix_cases_priority_filed_on_seq', table_name='cases')
    op.drop_column('cases', 'priority')
    # pg_trgm stays: another object may use it
