"""legal fidelity (issue 13): extension request date, 终本 gate facts, undisposable assets, online auction timing,
settlements as asset_core knows them, the applicant's asset clues and the debtor's change reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 00:20:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('extension_requested_on', sa.Date(), nullable=True))
    op.add_column('cases', sa.Column('applicant_heard_on', sa.Date(), nullable=True))
    op.add_column('cases', sa.Column('obstructed', sa.Boolean(), server_default=sa.text('false'), nullable=False))
    op.add_column('cases', sa.Column('obstruction_sanctioned_on', sa.Date(), nullable=True))
    op.add_column('cases', sa.Column('suspension_ground', sa.Text(), nullable=True))
    op.add_column('assets', sa.Column('undisposable_reason', sa.Text(), nullable=True))
    op.add_column('auction_rounds', sa.Column('announced_on', sa.Date(), nullable=True))
    op.add_column('auction_rounds', sa.Column('deposit_fen', sa.BigInteger(), nullable=True))
    op.add_column('auction_rounds', sa.Column('bidding_hours', sa.Integer(), nullable=True))
    op.add_column('auction_rounds', sa.Column('sale_ends_on', sa.Date(), nullable=True))
    op.create_table('settlements',
    sa.Column('settlement_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('first_due_on', sa.Date(), nullable=False),
    sa.Column('performance_end_on', sa.Date(), nullable=False),
    sa.Column('total_fen', sa.BigInteger(), nullable=False),
    sa.Column('defaulted_on', sa.Date(), nullable=True),
    sa.Column('performed_on', sa.Date(), nullable=True),
    sa.Column('resumed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_settlements_case_id_cases')),
    sa.PrimaryKeyConstraint('settlement_id', name=op.f('pk_settlements'))
    )
    op.create_index(op.f('ix_settlements_case_id'), 'settlements', ['case_id'], unique=False)
    op.create_table('asset_clues',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('asset_type', sa.String(length=32), nullable=True),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('moved_for_holiday_from', sa.Date(), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.Column('asset_id', postgresql.UUID(as_uuid=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_clues_asset_id_assets')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_asset_clues_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_clues')),
    sa.UniqueConstraint('seq', name=op.f('uq_asset_clues_seq'))
    )
    op.create_index(op.f('ix_asset_clues_case_id'), 'asset_clues', ['case_id'], unique=False)
    op.create_table('change_reports',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('moved_for_holiday_from', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_change_reports_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_reports')),
    sa.UniqueConstraint('seq', name=op.f('uq_change_reports_seq'))
    )
    op.create_index(op.f('ix_change_reports_case_id'), 'change_reports', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_change_reports_case_id'), table_name='change_reports')
    op.drop_table('change_reports')
    op.drop_index(op.f('ix_asset_clues_case_id'), table_name='asset_clues')
    op.drop_table('asset_clues')
    op.drop_index(op.f('ix_settlements_case_id'), table_name='settlements')
    op.drop_table('settlements')
    for col in ('sale_ends_on', 'bidding_hours', 'deposit_fen', 'announced_on'):
        op.drop_column('auction_rounds', col)
    op.drop_column('assets', 'undisposable_reason')
    for col in ('suspension_ground', 'obstruction_sanctioned_on', 'obstructed', 'applicant_heard_on',
                'extension_requested_on'):
        op.drop_column('cases', col)
