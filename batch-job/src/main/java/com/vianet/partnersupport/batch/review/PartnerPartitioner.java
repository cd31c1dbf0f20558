package com.vianet.partnersupport.batch.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the escalations by partner (partner id modulo the number of partitions), so each core
 * flags its own partners and a partner's escalations are always read in one place, in id order.
 */
public class PartnerPartitioner implements Partitioner {

  static final String PARTITION = "partition";
  static final String PARTITIONS = "partitions";

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
    for (int i = 0; i < gridSize; i++) {
      ExecutionContext context = new ExecutionContext();
      context.putInt(PARTITION, i);
      context.putInt(PARTITIONS, gridSize);
      partitions.put("partners-mod-" + gridSize + "-" + i, context);
    }
    return partitions;
  }
}
