"""outbound transfers arrive once, 碍洪图斑 records, quantities on rectification items

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:45:00

- `uq_clues_transfer`: a partner's transfer (`from_org`, `transfer_id`) becomes one clue of its addressee, even
  when a partner republishes it under a new event id.
- `map_spots`: 碍洪图斑 (乱占 / 乱采 / 乱堆 / 乱建) with place, found date and rectification status and date.
- `rectification_items.quantity` / `unit`: what a rectification clears (亩, 处, 吨, 公里), for the campaign's
  derived figures.
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('uq_clues_transfer', 'clues', ['org_code', 'from_org', 'transfer_id'], unique=True,
                    postgresql_where=sa.text('transfer_id IS NOT NULL'))
    op.add_column('rectification_items', sa.Column('quantity', sa.Numeric(14, 2), nullable=True))
    op.add_column('rectification_items', sa.Column('unit', sa.String(length=16), nullable=True))
    op.create_table(
        'map_spots',
        sa.Column('id', sa.UUID(), nullable=False),
        sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column('org_code', sa.String(length=32), nullable=False),
        sa.Column('number', sa.String(length=100), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('location', sa.Text(), nullable=False),
        sa.Column('river_code', sa.String(length=32), nullable=True),
        sa.Column('segment_code', sa.String(length=64), nullable=True),
        sa.Column('county_code', sa.String(length=12), nullable=True),
        sa.Column('found_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('rectified_on', sa.Date(), nullable=True),
        sa.Column('rectification_note', sa.Text(), nullable=True),
        sa.Column('case_id', sa.UUID(), nullable=True),
        sa.Column('history', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"),
                  nullable=False),
        sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('recorded_by', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_map_spots_case_id_cases')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_map_spots')),
        sa.UniqueConstraint('seq', name=op.f('uq_map_spots_seq')),
        sa.UniqueConstraint('org_code', 'number', name='uq_map_spots_org_number'),
    )
    op.create_index(op.f('ix_map_spots_org_code'), 'map_spots', ['org_code'], unique=False)
    op.create_index('ix_map_spots_rectified_on', 'map_spots', ['org_code', 'rectified_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_map_spots_rectified_on', table_name='map_spots')
    op.drop_index(op.f('ix_map_spots_org_code'), table_name='map_spots')
    op.drop_table('map_spots')
    op.drop_column('rectification_items', 'unit')
    op.drop_column('rectification_items', 'quantity')
    op.drop_index('uq_clues_transfer', table_name='clues')
