"""seed West Liao River (西辽河) in 通辽: the river, its five counties and their segments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 08:00:00

Reference data from MISSION.md (Article 2): main stream 403 km over four provinces, ~367 km inside 通辽,
basin 138,300 km², through 开鲁县, 奈曼旗, 科尔沁区, 科左中旗, 科左后旗. Per-segment lengths are not in the
source and are left empty. County codes are the national administrative division codes (GB/T 2260).
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

COUNTIES = [
    ("150502", "科尔沁区"),
    ("150521", "科尔沁左翼中旗"),  # 科左中旗
    ("150522", "科尔沁左翼后旗"),  # 科左后旗
    ("150523", "开鲁县"),
    ("150525", "奈曼旗"),
]


def upgrade() -> None:
    counties = sa.table("counties", sa.column("code", sa.String), sa.column("name", sa.String),
                        sa.column("city", sa.String), sa.column("province", sa.String))
    rivers = sa.table("rivers", sa.column("code", sa.String), sa.column("name", sa.String),
                      sa.column("main_stream_km", sa.Integer), sa.column("local_km", sa.Integer),
                      sa.column("basin_km2", sa.Integer), sa.column("provinces", JSONB))
    segments = sa.table("river_segments", sa.column("code", sa.String), sa.column("river_code", sa.String),
                        sa.column("county_code", sa.String), sa.column("name", sa.String),
                        sa.column("length_km", sa.Integer))
    op.bulk_insert(counties, [{"code": c, "name": n, "city": "通辽市", "province": "内蒙古自治区"}
                              for c, n in COUNTIES])
    op.bulk_insert(rivers, [{"code": "xiliao", "name": "西辽河", "main_stream_km": 403, "local_km": 367,
                             "basin_km2": 138300, "provinces": []}])  # "four provinces": not named in the source
    op.bulk_insert(segments, [{"code": f"xiliao-{c}", "river_code": "xiliao", "county_code": c,
                               "name": f"西辽河{n}段", "length_km": None} for c, n in COUNTIES])


def downgrade() -> None:
    op.execute("delete from river_segments where river_code = 'xiliao'")
    op.execute("delete from rivers where code = 'xiliao'")
    op.execute("delete from counties where code in ('150502', '150521', '150522', '150523', '150525')")
