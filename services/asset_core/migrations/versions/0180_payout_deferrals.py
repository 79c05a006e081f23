"""payout deferrals (延缓发放, 执行款物管理规定 13 ¶2-3)

- payout_deferrals: a decision to defer paying out a case's money on a ground of ¶2, by a judge or president of
  the executing court; `ended_on` recorded later, when the ground ceased (the money is then due within 10 days,
  ¶3). Appended; only the end is ever written after (shared/migrate.py NARROWER grants update of those columns).
- a partial index on the standing deferrals (ended_on is null): the sweep's "no deferral stands" test.
- recoveries(received_on, case_id): the sweep's overdue-payout candidates are read by the receipt day.

Revision ID: 0180_payout_deferrals
Revises: 0170_files
Create Date: 2026-12-02 07:40:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0180_payout_deferrals'
down_revision = '0170_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payout_deferrals',
                    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('seq', sa.BigInteger(), sa.Identity(), nullable=False),
                    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('ground', sa.String(length=32), nullable=False),
                    sa.Column('decided_on', sa.Date(), nullable=False),
                    sa.Column('note', sa.Text(), nullable=True),
                    sa.Column('decided_by', sa.String(length=200), nullable=False),
                    sa.Column('ended_on', sa.Date(), nullable=True),
                    sa.Column('ended_by', sa.String(length=200), nullable=True),
                    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                              nullable=False),
                    sa.CheckConstraint('ended_on is null or ended_on >= decided_on',
                                       name=op.f('ck_payout_deferrals_ends_after_decided')),
                    sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                            name=op.f('fk_payout_deferrals_case_id_cases')),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_payout_deferrals')),
                    sa.UniqueConstraint('seq', name=op.f('uq_payout_deferrals_seq')))
    op.create_index(op.f('ix_payout_deferrals_case_id'), 'payout_deferrals', ['case_id'], unique=False)
    op.create_index('ix_payout_deferrals_standing', 'payout_deferrals', ['case_id'], unique=False,
                    postgresql_where=sa.text('ended_on is null'))
    op.create_index('ix_recoveries_received_on_case_id', 'recoveries', ['received_on', 'case_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_recoveries_received_on_case_id', table_name='recoveries')
    op.drop_index('ix_payout_deferrals_standing', table_name='payout_deferrals')
    op.drop_index(op.f('ix_payout_deferrals_case_id'), table_name='payout_deferrals')
    op.drop_table('payout_deferrals')
