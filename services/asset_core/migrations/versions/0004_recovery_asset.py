"""recoveries.asset_id: the asset a recovery came from (an auction sold, 以物抵债, or named by hand)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:50:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('recoveries', sa.Column('asset_id', postgresql.UUID(as_uuid=True), nullable=True))
    op.create_foreign_key(op.f('fk_recoveries_asset_id_assets'), 'recoveries', 'assets', ['asset_id'], ['id'])


def downgrade() -> None:
    op.drop_constraint(op.f('fk_recoveries_asset_id_assets'), 'recoveries', type_='foreignkey')
    op.drop_column('recoveries', 'asset_id')
